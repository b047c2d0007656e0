#include "gallery/comparecaption.h"

#include "core/modeltext.h"

#include "core/modeldescription.h"

#include <QEvent>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace wan::ui {

using core::translatedModelText;

namespace {

const QLatin1String kPrompt("prompt");
const QLatin1String kImage("image");
const QLatin1String kSeed("seed");


// JSON numbers read back from the database may be 12 or 12.0; both are the
// same value. Seeds are 64-bit, beyond a double's exact range, so whole
// numbers are compared as integers.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 wholeA = a.toInteger(notWhole);
        const qint64 wholeB = b.toInteger(notWhole);
        if (wholeA != notWhole && wholeB != notWhole)
            return wholeA == wholeB;
        return a.toDouble() == b.toDouble();
    }
    return a == b;
}

// The image a run started from, as the user knows it: the file or URL they
// chose. The prepared copy and the uploaded URL differ from run to run even
// for the same picture.
QString imageIdentity(const library::Entry &entry)
{
    if (!entry.imageSource.isEmpty())
        return entry.imageSource;
    if (!entry.imageUrl.isEmpty())
        return entry.imageUrl;
    return entry.preparedImagePath;
}

// One line of text that elides to its width; the whole text is in the tooltip
// and is what a screen reader reads.
class ElidedLabel final : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    void setFullText(const QString &text)
    {
        m_full = text;
        setToolTip(text);
        setAccessibleName(text);
        updateElided();
    }

    QSize minimumSizeHint() const override
    {
        return QSize(fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height());
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateElided();
    }

    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateElided();
    }

private:
    void updateElided()
    {
        // A prompt may span lines; one line of it is shown.
        const QString shown = fontMetrics().elidedText(m_full.simplified(), Qt::ElideRight, qMax(0, contentsRect().width()));
        if (shown != text())
            QLabel::setText(shown);
    }

    QString m_full;
};

QLabel *makeLine(const QString &key, bool differs, bool elided, QWidget *parent)
{
    QLabel *label = elided ? new ElidedLabel(parent) : new QLabel(parent);
    label->setObjectName(key + QLatin1String("Caption"));
    label->setProperty("captionKey", key);
    label->setProperty("differs", differs);
    label->setTextFormat(Qt::PlainText);
    // Seeds in particular get copied into the next run.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (differs) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        // Qt 6.4 has no accent role; the link colour is the palette's accent
        // and stays readable on the window background in light and dark themes.
        label->setForegroundRole(QPalette::Link);
        // Bold is not announced: say it.
        label->setAccessibleDescription(RunDifferences::tr("Differs between the compared runs"));
    }
    return label;
}

void setLineText(QLabel *label, const QString &text)
{
    if (!label)
        return;
    if (auto *elided = dynamic_cast<ElidedLabel *>(label)) {
        elided->setFullText(text);
        return;
    }
    label->setText(text);
    label->setAccessibleName(text);
}

} // namespace

RunDifferences::RunDifferences(const QList<library::Entry> &entries)
{
    const core::ModelDescription &model = core::ModelDescription::wan22ImageToVideo();
    QStringList extraKeys;
    for (const library::Entry &entry : entries) {
        // A parameter left out of a run took the model's default: the same
        // run as one that spelled the default out.
        QJsonObject values;
        if (entry.model.isEmpty() || entry.model == model.id())
            values = model.defaults();
        for (auto it = entry.parameters.constBegin(); it != entry.parameters.constEnd(); ++it) {
            if (it.key() != kPrompt && it.key() != kImage)
                values.insert(it.key(), it.value());
        }
        // The seed actually used: for a random seed the parameters may hold the request for one.
        values.insert(kSeed, QJsonValue(entry.seed));
        values.insert(kPrompt, entry.prompt);
        values.insert(kImage, imageIdentity(entry));
        m_values.append(values);
        for (const QString &key : values.keys()) {
            if (!model.parameter(key) && key != kPrompt && key != kImage && !extraKeys.contains(key))
                extraKeys.append(key);
        }
    }

    m_keys = QStringList { kPrompt, kImage };
    for (const core::ParameterSpec &spec : model.parameters()) {
        if (spec.name == kPrompt || spec.name == kImage)
            continue;
        const bool present = std::any_of(m_values.cbegin(), m_values.cend(),
                                         [&spec](const QJsonObject &values) { return values.contains(spec.name); });
        if (present)
            m_keys.append(spec.name);
    }
    extraKeys.sort();
    m_keys += extraKeys;

    for (const QString &key : std::as_const(m_keys)) {
        for (int i = 1; i < count(); ++i) {
            if (!sameValue(value(i, key), value(0, key))) {
                m_differing.append(key);
                break;
            }
        }
    }
}

QJsonValue RunDifferences::value(int entry, const QString &key) const
{
    if (entry < 0 || entry >= count())
        return QJsonValue(QJsonValue::Undefined);
    return m_values.at(entry).value(key);
}

QString RunDifferences::label(const QString &key)
{
    if (key == kPrompt)
        return tr("Prompt");
    if (key == kImage)
        return tr("Image");
    if (const core::ParameterSpec *spec = core::ModelDescription::wan22ImageToVideo().parameter(key))
        return translatedModelText(spec->label);
    return key;
}

QString RunDifferences::valueText(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return tr("not set");
    if (key == kImage) {
        const QString source = value.toString();
        if (source.isEmpty())
            return tr("none");
        const bool remote = source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        const QString name = remote ? QUrl(source).fileName() : QFileInfo(source).fileName();
        return name.isEmpty() ? source : name;
    }
    if (value.isBool())
        return value.toBool() ? tr("on") : tr("off");
    if (value.isDouble()) {
        const core::ParameterSpec *spec = core::ModelDescription::wan22ImageToVideo().parameter(key);
        if (spec && spec->type == core::ParameterSpec::Type::Float)
            return QLocale().toString(value.toDouble(), 'f', spec->decimals);
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        // Whole numbers without group separators: a seed is copied, not read as an amount.
        if (whole != notWhole)
            return QString::number(whole);
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString RunDifferences::lineText(const QString &key, const QJsonValue &value)
{
    return tr("%1: %2", "caption line: parameter label, value").arg(label(key), valueText(key, value));
}

CompareCaption::CompareCaption(const RunDifferences &differences, int entry, QWidget *parent)
    : QFrame(parent)
    , m_differences(differences)
    , m_entry(entry)
    , m_layout(new QVBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->setSpacing(2);
    rebuild();
}

void CompareCaption::rebuild()
{
    qDeleteAll(m_lines);
    m_lines.clear();

    // The seed always: it is how a run is told apart and reproduced.
    QStringList shown { kSeed };
    for (const QString &key : m_differences.differingKeys()) {
        if (key != kSeed && key != kPrompt)
            shown.append(key);
    }
    if (m_differences.differs(kPrompt))
        shown.append(kPrompt);

    for (const QString &key : std::as_const(shown)) {
        const bool differs = m_differences.differs(key);
        QLabel *line = makeLine(key, differs, key == kPrompt, this);
        const QJsonValue value = m_differences.value(m_entry, key);
        setLineText(line, RunDifferences::lineText(key, value));
        if (key == kImage)
            line->setToolTip(value.toString());
        m_layout->addWidget(line);
        m_lines.append(line);
    }
    setAccessibleName(tr("Settings of clip %1").arg(m_entry + 1));
}

void CompareCaption::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

CompareSummary::CompareSummary(QWidget *parent)
    : QWidget(parent)
    , m_shared(makeLine(QStringLiteral("sameForAll"), false, false, this))
    , m_prompt(makeLine(kPrompt, false, true, this))
{
    m_shared->setObjectName(QStringLiteral("sameForAllLabel"));
    m_shared->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("sharedPromptLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_shared);
    layout->addWidget(m_prompt);
    rebuild();
}

void CompareSummary::setDifferences(const RunDifferences &differences)
{
    m_differences = differences;
    rebuild();
}

QList<QLabel *> CompareSummary::lines() const
{
    return { m_shared, m_prompt };
}

void CompareSummary::rebuild()
{
    QStringList shared;
    for (const QString &key : m_differences.keys()) {
        // The seed is on every card already; the prompt gets a line of its own.
        if (key == kSeed || key == kPrompt || m_differences.differs(key))
            continue;
        shared.append(RunDifferences::lineText(key, m_differences.value(0, key)));
    }
    const bool any = m_differences.count() > 0;
    setLineText(m_shared, shared.isEmpty() ? QString() : tr("Same for all: %1").arg(shared.join(QStringLiteral(" · "))));
    m_shared->setVisible(any && !shared.isEmpty());

    const bool promptShared = any && !m_differences.differs(kPrompt);
    setLineText(m_prompt, promptShared ? RunDifferences::lineText(kPrompt, m_differences.value(0, kPrompt)) : QString());
    m_prompt->setVisible(promptShared);
}

void CompareSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace wan::ui
