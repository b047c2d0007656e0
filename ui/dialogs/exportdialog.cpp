#include "dialogs/exportdialog.h"

#include "common/accessiblenames.h"
#include "core/settings.h"
#include "jobs/sequencetimeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace wan::ui {

using media::ExportFormat;

namespace {

// Long edges offered besides the original size: common sizes for posting.
constexpr int kLongEdges[] = {1920, 1280, 1024, 832, 720, 640, 480, 320};
constexpr double kFrameRates[] = {8, 10, 12, 15, 24, 25, 30};

int even(double value)
{
    return qMax(2, int(std::lround(value / 2.0)) * 2);
}

// The size VideoExport makes for a long edge (0: the original, even).
QSize scaled(QSize original, int longEdge)
{
    if (longEdge <= 0)
        return {qMax(2, original.width() / 2 * 2), qMax(2, original.height() / 2 * 2)};
    const double scale = double(longEdge) / qMax(1, qMax(original.width(), original.height()));
    return {even(original.width() * scale), even(original.height() * scale)};
}

QString extensionOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Mp4: return QStringLiteral(".mp4");
    case ExportFormat::WebM: return QStringLiteral(".webm");
    case ExportFormat::Gif: return QStringLiteral(".gif");
    case ExportFormat::WebP: return QStringLiteral(".webp");
    case ExportFormat::PngFrames: return QStringLiteral("-frames");
    }
    return {};
}

// The name without the ending a format gives it.
QString withoutExtension(const QString &name)
{
    for (const ExportFormat f : {ExportFormat::Mp4, ExportFormat::WebM, ExportFormat::Gif, ExportFormat::WebP, ExportFormat::PngFrames}) {
        if (name.endsWith(extensionOf(f), Qt::CaseInsensitive))
            return name.left(name.size() - extensionOf(f).size());
    }
    return name;
}

QLabel *labelFor(QWidget *control, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(control);
    nameAfter(control, text);
    return label;
}

} // namespace

ExportDialog::ExportDialog(const jobs::ExportSource &source, core::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_settings(settings)
    , m_job(new jobs::ExportJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    buildForm();
    restoreChoices();
    formatChanged();
    connect(m_job, &jobs::ExportJob::prepared, this, &ExportDialog::clipsRead);
    connect(m_job, &jobs::ExportJob::progressed, this, &ExportDialog::showProgress);
    connect(m_job, &jobs::ExportJob::finished, this, &ExportDialog::exportEnded);
    m_job->prepare(m_source);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_clips = new QLabel(tr("Reading the clips…"), this);
    m_clips->setObjectName(QStringLiteral("clipsSummary"));
    m_clips->setWordWrap(true);
    layout->addWidget(m_clips);

    m_form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("MP4 video (H.264)"), int(ExportFormat::Mp4));
    m_format->addItem(tr("WebM video (VP9)"), int(ExportFormat::WebM));
    m_format->addItem(tr("GIF (loops, 256 colours)"), int(ExportFormat::Gif));
    m_format->addItem(tr("Animated WebP (loops)"), int(ExportFormat::WebP));
    m_format->addItem(tr("PNG frames (a folder)"), int(ExportFormat::PngFrames));
    m_form->addRow(labelFor(m_format, tr("&Format:"), this), m_format);

    m_quality = new QComboBox(this);
    m_quality->setObjectName(QStringLiteral("qualityCombo"));
    m_quality->addItem(tr("Best (larger file)"), 0);
    m_quality->addItem(tr("High"), 1);
    m_quality->addItem(tr("Smaller file"), 2);
    m_quality->setCurrentIndex(1);
    m_form->addRow(labelFor(m_quality, tr("&Quality:"), this), m_quality);

    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("sizeCombo"));
    m_size->addItem(tr("Original"), 0);
    m_form->addRow(labelFor(m_size, tr("&Size:"), this), m_size);

    m_frameRate = new QComboBox(this);
    m_frameRate->setObjectName(QStringLiteral("frameRateCombo"));
    m_frameRate->addItem(tr("Keep the clip's"), 0.0);
    m_form->addRow(labelFor(m_frameRate, tr("Frame &rate:"), this), m_frameRate);

    m_pingPong = new QCheckBox(tr("&Ping-pong loop: forward, then back"), this);
    m_pingPong->setObjectName(QStringLiteral("pingPongCheck"));
    nameAfter(m_pingPong, m_pingPong->text());
    m_form->addRow(m_pingPong);

    m_trimIn = new QSpinBox(this);
    m_trimIn->setObjectName(QStringLiteral("trimInSpin"));
    m_trimOut = new QSpinBox(this);
    m_trimOut->setObjectName(QStringLiteral("trimOutSpin"));
    m_form->addRow(labelFor(m_trimIn, tr("Fr&om frame:"), this), m_trimIn);
    m_form->addRow(labelFor(m_trimOut, tr("&To frame:"), this), m_trimOut);
    connect(m_trimIn, &QSpinBox::valueChanged, this, &ExportDialog::updateTrimLimits);
    connect(m_trimOut, &QSpinBox::valueChanged, this, &ExportDialog::updateTrimLimits);

    m_crossfade = new QSpinBox(this);
    m_crossfade->setObjectName(QStringLiteral("crossfadeSpin"));
    m_crossfade->setSuffix(tr(" frames"));
    m_crossfade->setRange(0, 0);
    m_form->addRow(labelFor(m_crossfade, tr("Crossfa&de at joins:"), this), m_crossfade);
    m_sequenceCrossfades = new QCheckBox(this);
    m_sequenceCrossfades->setObjectName(QStringLiteral("sequenceCrossfadesCheck"));
    m_sequenceCrossfades->setChecked(true);
    m_form->addRow(m_sequenceCrossfades);
    m_form->setRowVisible(m_sequenceCrossfades, false);
    connect(m_sequenceCrossfades, &QCheckBox::toggled, this, &ExportDialog::updateCrossfadeChoice);
    connect(m_crossfade, &QSpinBox::valueChanged, this, &ExportDialog::updateCrossfadeChoice);
    m_matchColour = new QCheckBox(tr("&Match colours where a clip continues the one before"), this);
    m_matchColour->setObjectName(QStringLiteral("matchColourCheck"));
    m_matchColour->setToolTip(tr("A continuation's colours drift a little from the frame it starts from; this corrects each "
                                 "continuing clip toward that frame, so the joins do not jump in colour."));
    nameAfter(m_matchColour, m_matchColour->text());
    m_form->addRow(m_matchColour);

    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("outputEdit"));
    m_output->setMinimumWidth(420);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    nameAfter(m_browse, m_browse->text());
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);
    m_form->addRow(labelFor(m_output, tr("Save &as:"), this), outputRow);
    layout->addLayout(m_form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addStretch(1);

    // A row of its own rather than a QDialogButtonBox, which shows every button
    // again whenever it lays them out: Cancel Export and Show in Folder come and go.
    auto *buttons = new QHBoxLayout;
    m_showInFolder = new QPushButton(tr("Show &in Folder"), this);
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->hide();
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_export->setEnabled(false);
    m_cancel = new QPushButton(tr("&Cancel Export"), this);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->hide();
    m_close = new QPushButton(tr("C&lose"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    buttons->addWidget(m_showInFolder);
    buttons->addStretch(1);
    for (QPushButton *button : {m_showInFolder, m_export, m_cancel, m_close}) {
        nameAfter(button, button->text());
        if (button != m_showInFolder)
            buttons->addWidget(button);
    }
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, m_job, &jobs::ExportJob::cancel);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_showInFolder, &QPushButton::clicked, this, &ExportDialog::showInFolder);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    // Until the clips are read, only the format and the place can be chosen.
    for (QWidget *w : std::initializer_list<QWidget *>{m_size, m_frameRate, m_trimIn, m_trimOut, m_crossfade, m_matchColour})
        w->setEnabled(false);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::defaultFileName(const QString &base, ExportFormat format)
{
    QString name = base.trimmed();
    // A sequence's name may hold anything: keep it a plain file name.
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        name.replace(c, QLatin1Char('-'));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("export"));
    return name + extensionOf(format);
}

void ExportDialog::restoreChoices()
{
    const QVariantMap choices = m_settings ? m_settings->value(core::Settings::Key::ExportChoices).toMap() : QVariantMap();
    ExportFormat remembered = ExportFormat::Mp4;
    if (media::VideoExport::parseFormat(choices.value(QStringLiteral("format")).toString(), &remembered))
        m_format->setCurrentIndex(m_format->findData(int(remembered)));
    m_quality->setCurrentIndex(qBound(0, choices.value(QStringLiteral("quality"), 1).toInt(), 2));
    m_pingPong->setChecked(choices.value(QStringLiteral("pingPong")).toBool());
    m_matchColour->setChecked(choices.value(QStringLiteral("matchColour")).toBool());

    // Where it goes: the folder of the last export, else the results folder.
    QString folder = choices.value(QStringLiteral("folder")).toString();
    if (folder.isEmpty() && m_settings)
        folder = m_settings->value(core::Settings::Key::ResultsDirectory).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/results");
    QString base = m_source.name;
    if (base.isEmpty()) {
        const QString first = !m_source.entries.isEmpty() ? m_source.entries.constFirst().outputPath : m_source.files.value(0);
        base = QFileInfo(first).completeBaseName();
        const qsizetype clips = qMax(m_source.entries.size(), m_source.files.size());
        base += clips > 1 ? QStringLiteral("-joined") : QStringLiteral("-export");
    }
    m_output->setText(QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName(base, format()))));
}

void ExportDialog::rememberChoices() const
{
    if (!m_settings)
        return;
    QVariantMap choices = m_settings->value(core::Settings::Key::ExportChoices).toMap();
    choices.insert(QStringLiteral("format"), media::VideoExport::formatName(format()));
    choices.insert(QStringLiteral("quality"), m_quality->currentIndex());
    choices.insert(QStringLiteral("longEdge"), m_size->currentData().toInt());
    choices.insert(QStringLiteral("fps"), m_frameRate->currentData().toDouble());
    choices.insert(QStringLiteral("pingPong"), m_pingPong->isChecked());
    if (m_crossfade->isEnabled() && !usesSequenceCrossfades())
        choices.insert(QStringLiteral("crossfade"), m_crossfade->value());
    if (m_matchColour->isEnabled())
        choices.insert(QStringLiteral("matchColour"), m_matchColour->isChecked());
    choices.insert(QStringLiteral("folder"), QFileInfo(QDir::fromNativeSeparators(m_output->text().trimmed())).absolutePath());
    m_settings->setValue(core::Settings::Key::ExportChoices, choices);
}

void ExportDialog::clipsRead(const jobs::PreparedExport &prepared)
{
    m_prepared = prepared;
    if (!prepared.ok()) {
        m_clips->setText(prepared.problem.isEmpty() ? tr("There is nothing to export.") : prepared.problem);
        showStatus(tr("Nothing can be exported: %1").arg(m_clips->text()), true);
        return;
    }
    m_ready = true;
    const jobs::ExportClipInfo &first = prepared.clips.constFirst();
    const bool several = prepared.clips.size() > 1;
    if (!several) {
        m_clips->setText(tr("\u201C%1\u201D: %n frame(s), %2 \u00D7 %3, %4 fps.", nullptr, int(first.frames))
                             .arg(QFileInfo(first.clip.path).fileName())
                             .arg(first.size.width())
                             .arg(first.size.height())
                             .arg(QLocale().toString(first.rate.fps(), 'g', 4)));
    }
    const QVariantMap choices = m_settings ? m_settings->value(core::Settings::Key::ExportChoices).toMap() : QVariantMap();
    updateSizes();
    const int size = m_size->findData(choices.value(QStringLiteral("longEdge")).toInt());
    m_size->setCurrentIndex(qMax(0, size));
    updateFrameRates();
    const int rate = m_frameRate->findData(choices.value(QStringLiteral("fps")).toDouble());
    m_frameRate->setCurrentIndex(qMax(0, rate));

    // A trim for one clip; crossfades and colour matching for several.
    m_form->setRowVisible(m_trimIn, !several);
    m_form->setRowVisible(m_trimOut, !several);
    m_form->setRowVisible(m_crossfade, several);
    m_form->setRowVisible(m_matchColour, several);
    if (!several) {
        const qint64 last = qMax<qint64>(0, first.frames - 1);
        m_trimIn->setRange(0, int(last));
        m_trimOut->setRange(0, int(last));
        m_trimIn->setValue(first.clip.in >= 0 ? int(qMin(first.clip.in, last)) : 0);
        m_trimOut->setValue(first.clip.out >= 0 ? int(qMin(first.clip.out, last)) : int(last));
    } else {
        // Each join blends frames of both sides: no more than the shortest clip can give.
        qint64 shortest = first.frames;
        for (const jobs::ExportClipInfo &clip : std::as_const(prepared.clips))
            shortest = qMin(shortest, clip.frames);
        m_crossfade->setRange(0, int(qMax<qint64>(0, (shortest - 1) / 2)));
        m_crossfade->setValue(choices.value(QStringLiteral("crossfade")).toInt());
        // A sequence keeps a crossfade per join: those apply unless the user picks one for all.
        const bool sequence = m_source.crossfades.size() == prepared.clips.size() - 1;
        if (sequence) {
            QStringList frames;
            for (const int n : std::as_const(m_source.crossfades))
                frames << QLocale().toString(n);
            m_sequenceCrossfades->setText(tr("&Use the sequence's crossfade at each join (%1 frames)")
                                              .arg(frames.join(QStringLiteral(", "))));
            nameAfter(m_sequenceCrossfades, m_sequenceCrossfades->text());
            m_sequenceCrossfades->setToolTip(tr("Uncheck to use the one crossfade above at every join instead"));
        }
        m_form->setRowVisible(m_sequenceCrossfades, sequence);
        m_matchColour->setToolTip(prepared.continuations() > 0
                                      ? m_matchColour->toolTip()
                                      : tr("None of these clips continues the one before it: there is no join to match."));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_size, m_frameRate, m_trimIn, m_trimOut, m_crossfade})
        w->setEnabled(true);
    m_matchColour->setEnabled(several && prepared.continuations() > 0);
    updateCrossfadeChoice();
    m_export->setEnabled(true);
    adjustSize();
}

bool ExportDialog::usesSequenceCrossfades() const
{
    return m_source.crossfades.size() == m_prepared.clips.size() - 1 && m_prepared.clips.size() > 1 && m_sequenceCrossfades->isChecked();
}

void ExportDialog::updateCrossfadeChoice()
{
    // The one value for every join is only asked for when the sequence's own are not used.
    m_crossfade->setEnabled(m_ready && !usesSequenceCrossfades() && m_sequenceCrossfades->isEnabled());
    if (m_prepared.clips.size() < 2)
        return;
    // The frames as the export counts them: each clip's range, less the frame
    // a continuation repeats and the frames each crossfade overlaps (the rules
    // of media/videoexport.h, as the player's sequence timeline applies them).
    const qsizetype joins = m_prepared.clips.size() - 1;
    const QList<int> fades = usesSequenceCrossfades() ? m_source.crossfades : QList<int>(joins, m_crossfade->value());
    QList<jobs::TimelineClip> clips;
    for (qsizetype i = 0; i < m_prepared.clips.size(); ++i) {
        const jobs::ExportClipInfo &info = m_prepared.clips.at(i);
        jobs::TimelineClip clip;
        clip.path = info.clip.path;
        clip.frames = info.frames;
        clip.fps = info.rate.fps();
        clip.in = info.clip.in;
        clip.out = info.clip.out;
        clip.continuesFrame = info.clip.continuesFrame;
        clip.crossfade = i > 0 ? fades.value(i - 1) : 0;
        clips.append(clip);
    }
    const qint64 frames = jobs::SequenceTimeline(clips).totalFrames();
    QString text = tr("%n clip(s), joined in this order: %1 frames in all.", nullptr, int(m_prepared.clips.size())).arg(frames);
    if (m_prepared.continuations() > 0)
        text += QLatin1Char(' ')
            + tr("%n of them continue(s) the clip before it, whose last frame it repeats: that frame is shown once.", nullptr,
                 m_prepared.continuations());
    m_clips->setText(text);
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    m_quality->setEnabled(f == ExportFormat::Mp4 || f == ExportFormat::WebM || f == ExportFormat::WebP);
    // The name follows the format: clip.gif becomes clip.webm, clip-frames for PNGs.
    const QString path = QDir::fromNativeSeparators(m_output->text().trimmed());
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString name = withoutExtension(info.fileName()) + extensionOf(f);
        m_output->setText(QDir::toNativeSeparators(QDir(info.path()).filePath(name)));
    }
}

void ExportDialog::updateSizes()
{
    const QSize original = m_prepared.clips.isEmpty() ? QSize() : m_prepared.clips.constFirst().size;
    m_size->clear();
    m_size->addItem(tr("Original (%1 \u00D7 %2)").arg(scaled(original, 0).width()).arg(scaled(original, 0).height()), 0);
    const int longest = qMax(original.width(), original.height());
    for (const int edge : kLongEdges) {
        if (edge >= longest)
            continue;
        const QSize s = scaled(original, edge);
        m_size->addItem(tr("%1 \u00D7 %2").arg(s.width()).arg(s.height()), edge);
    }
}

void ExportDialog::updateFrameRates()
{
    const double fps = m_prepared.clips.isEmpty() ? 0.0 : m_prepared.clips.constFirst().rate.fps();
    m_frameRate->clear();
    m_frameRate->addItem(tr("Keep the clip's (%1 fps)").arg(QLocale().toString(fps, 'g', 4)), 0.0);
    for (const double rate : kFrameRates) {
        if (std::abs(rate - fps) > 1e-3)
            m_frameRate->addItem(tr("%1 fps").arg(QLocale().toString(rate, 'g', 4)), rate);
    }
}

void ExportDialog::updateTrimLimits()
{
    // The in point never after the out point: each bounds the other.
    if (m_trimIn->value() > m_trimOut->value()) {
        if (sender() == m_trimIn)
            m_trimOut->setValue(m_trimIn->value());
        else
            m_trimIn->setValue(m_trimOut->value());
    }
}

void ExportDialog::chooseOutput()
{
    const ExportFormat f = format();
    const QString current = QDir::fromNativeSeparators(m_output->text().trimmed());
    QString filter;
    switch (f) {
    case ExportFormat::Mp4: filter = tr("MP4 video (*.mp4)"); break;
    case ExportFormat::WebM: filter = tr("WebM video (*.webm)"); break;
    case ExportFormat::Gif: filter = tr("GIF (*.gif)"); break;
    case ExportFormat::WebP: filter = tr("WebP (*.webp)"); break;
    case ExportFormat::PngFrames: filter = tr("A new folder for the frames (*)"); break;
    }
    // The file dialog asks about replacing a file; the export then need not ask again.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export As"), current, filter);
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (f != ExportFormat::PngFrames && QFileInfo(path).suffix().isEmpty())
        path += extensionOf(f);
    m_confirmedReplace = path;
    m_output->setText(QDir::toNativeSeparators(path));
}

media::ExportRequest ExportDialog::request() const
{
    media::ExportRequest r;
    for (const jobs::ExportClipInfo &clip : m_prepared.clips)
        r.clips.append(clip.clip);
    if (r.clips.size() == 1) {
        r.clips[0].in = m_trimIn->value() > 0 ? m_trimIn->value() : -1;
        r.clips[0].out = m_trimOut->value() < m_trimOut->maximum() ? m_trimOut->value() : -1;
    } else {
        if (usesSequenceCrossfades())
            r.joinCrossfades = m_source.crossfades;
        else
            r.crossfadeFrames = m_crossfade->value();
        r.matchColour = m_matchColour->isEnabled() && m_matchColour->isChecked();
    }
    r.format = format();
    r.out = outputPath();
    r.longEdge = m_size->currentData().toInt();
    r.fps = m_frameRate->currentData().toDouble();
    r.pingPong = m_pingPong->isChecked();
    static const int mp4[] = {16, 20, 26};
    static const int webm[] = {24, 32, 40};
    static const int webp[] = {95, 80, 60};
    const int level = qBound(0, m_quality->currentIndex(), 2);
    switch (r.format) {
    case ExportFormat::Mp4: r.quality = mp4[level]; break;
    case ExportFormat::WebM: r.quality = webm[level]; break;
    case ExportFormat::WebP: r.quality = webp[level]; break;
    default: r.quality = -1; break;
    }
    return r;
}

QString ExportDialog::outputPath() const
{
    const QString text = QDir::fromNativeSeparators(m_output->text().trimmed());
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

} // namespace wan::ui
