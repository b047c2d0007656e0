#include "studio/shotvocabularypanel.h"

#include "common/accessiblenames.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wan::ui {

namespace {

constexpr int PhraseRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;

bool isEnter(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

ShotVocabularyPanel::ShotVocabularyPanel(QWidget *parent)
    : QFrame(parent)
    , m_vocabulary(core::ShotVocabulary::builtIn())
{
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("vocabularySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);

    m_phrases = new QTreeWidget(this);
    m_phrases->setObjectName(QStringLiteral("vocabularyPhrases"));
    m_phrases->setColumnCount(2);
    m_phrases->setRootIsDecorated(false);
    m_phrases->setItemsExpandable(false);
    m_phrases->setUniformRowHeights(true);
    m_phrases->setAllColumnsShowFocus(true);
    m_phrases->setWordWrap(false);
    m_phrases->header()->setStretchLastSection(true);
    m_phrases->installEventFilter(this);
    m_phrasesLabel = new QLabel(this);
    m_phrasesLabel->setBuddy(m_phrases);

    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("vocabularyNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(searchRow);
    layout->addWidget(m_phrasesLabel);
    layout->addWidget(m_phrases, 1);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_hint);

    connect(m_search, &QLineEdit::textChanged, this, &ShotVocabularyPanel::filter);
    // A click inserts; Enter is handled in eventFilter (itemActivated would
    // also fire on a double click, inserting twice).
    connect(m_phrases, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { choose(item); });
    setFocusProxy(m_search);
    retranslate();
}

void ShotVocabularyPanel::retranslate()
{
    m_title->setText(tr("Shot vocabulary"));
    m_searchLabel->setText(tr("&Search:"));
    nameAfter(m_search, m_searchLabel->text());
    m_search->setPlaceholderText(tr("e.g. camera, light, slow"));
    m_search->setToolTip(tr("Shows only the phrases with a word that starts with what you type, in the phrase, its description or its group."));
    m_phrasesLabel->setText(tr("&Phrases:"));
    nameAfter(m_phrases, m_phrasesLabel->text());
    m_phrases->setToolTip(tr("Click a phrase, or press Enter on it, to put it into the prompt at the cursor."));
    m_phrases->setHeaderLabels({ tr("Phrase"), tr("Description") });
    m_hint->setText(tr("Click or press Enter to insert at the prompt's cursor. The phrases stay in English, as the "
                       "model reads them."));
    rebuild();
}

void ShotVocabularyPanel::rebuild()
{
    m_phrases->clear();
    QFont bold = m_phrases->font();
    bold.setBold(true);
    for (const core::VocabularyGroup &group : m_vocabulary.groups()) {
        auto *groupItem = new QTreeWidgetItem(m_phrases, { core::ShotVocabulary::translated(group.title) });
        groupItem->setData(0, GroupRole, group.id);
        groupItem->setFlags(Qt::ItemIsEnabled);
        groupItem->setFont(0, bold);
        groupItem->setFirstColumnSpanned(true);
        for (const core::VocabularyEntry &entry : group.entries) {
            const QString description = core::ShotVocabulary::translated(entry.description);
            auto *item = new QTreeWidgetItem(groupItem, { entry.phrase, description });
            item->setData(0, PhraseRole, entry.phrase);
            item->setData(0, GroupRole, group.id);
            item->setToolTip(0, description);
            item->setToolTip(1, description);
        }
    }
    m_phrases->expandAll();
    m_phrases->resizeColumnToContents(0);
    filter();
}

void ShotVocabularyPanel::filter()
{
    // The vocabulary's search: words matched from their start, in a phrase,
    // its description or its group's title ("lighting" shows the whole group).
    const QString text = m_search->text();
    QSet<QString> found;
    for (const core::VocabularyEntry &entry : m_vocabulary.search(text))
        found.insert(entry.groupId + QLatin1Char('/') + entry.phrase);

    int shown = 0;
    QTreeWidgetItem *first = nullptr;
    for (int g = 0; g < m_phrases->topLevelItemCount(); ++g) {
        QTreeWidgetItem *groupItem = m_phrases->topLevelItem(g);
        int inGroup = 0;
        for (int i = 0; i < groupItem->childCount(); ++i) {
            QTreeWidgetItem *item = groupItem->child(i);
            const QString key = item->data(0, GroupRole).toString() + QLatin1Char('/') + item->data(0, PhraseRole).toString();
            const bool visible = found.contains(key);
            item->setHidden(!visible);
            if (visible && !first)
                first = item;
            inGroup += visible ? 1 : 0;
        }
        groupItem->setHidden(inGroup == 0);
        shown += inGroup;
    }
    m_noMatch->setText(tr("No phrase matches \"%1\".").arg(text.trimmed()));
    m_noMatch->setVisible(shown == 0);
    if (first && (!m_phrases->currentItem() || m_phrases->currentItem()->isHidden()
                  || m_phrases->currentItem()->data(0, PhraseRole).isNull()))
        m_phrases->setCurrentItem(first);
}

QStringList ShotVocabularyPanel::visiblePhrases() const
{
    QStringList phrases;
    for (int g = 0; g < m_phrases->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *groupItem = m_phrases->topLevelItem(g);
        for (int i = 0; !groupItem->isHidden() && i < groupItem->childCount(); ++i) {
            if (!groupItem->child(i)->isHidden())
                phrases.append(groupItem->child(i)->data(0, PhraseRole).toString());
        }
    }
    return phrases;
}

void ShotVocabularyPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ShotVocabularyPanel::focusSearch()
{
    m_search->setFocus(Qt::PopupFocusReason);
    m_search->selectAll();
}

void ShotVocabularyPanel::choose(const QTreeWidgetItem *item)
{
    if (!item || item->isHidden())
        return;
    const QString phrase = item->data(0, PhraseRole).toString();
    if (!phrase.isEmpty())
        Q_EMIT phraseChosen(phrase);
}

bool ShotVocabularyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && isEnter(key)) {
            // Enter in the search field takes the highlighted (or first) phrase.
            choose(m_phrases->currentItem());
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            m_phrases->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_phrases && isEnter(key)) {
            choose(m_phrases->currentItem());
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ShotVocabularyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace wan::ui
