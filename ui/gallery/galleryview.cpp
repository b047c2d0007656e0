#include "gallery/galleryview.h"

#include "player/mediaengine.h"

#include "common/accessiblenames.h"
#include "common/showinfolder.h"
#include "gallery/clipthumbnailer.h"
#include "gallery/gallerydelegate.h"
#include "library/gallerymodel.h"
#include "library/libraryservice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace wan::ui {

using library::Entry;
using library::EntryStatus;
using library::GalleryModel;

namespace {

// Search as you type: a 0 ms timer gathers the keys of one burst of events into
// one query; stale answers are dropped by the model, so nothing waits for the
// typing to settle (a 200 ms settle made every search take over 200 ms).
constexpr int kFilterDelayMs = 0;
constexpr int kHoverDelayMs = 150;
const QDate kNoDate(2000, 1, 1); // a date edit at its minimum shows "Any"

bool defaultConfirmation(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, GalleryView::tr("Delete Clips"), question, QMessageBox::Cancel, parent);
    QPushButton *trash = box.addButton(GalleryView::tr("Move to Trash"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == trash;
}

QDateEdit *makeDateEdit()
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

GalleryView::GalleryView(library::LibraryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new GalleryModel(service, this))
    , m_delegate(new GalleryDelegate(this))
    , m_thumbnailer(new ClipThumbnailer(this))
    , m_confirm(defaultConfirmation)
    , m_list(new QListView)
{
    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    connect(m_delegate, &GalleryDelegate::thumbnailLoaded, m_list->viewport(), qOverload<>(&QWidget::update));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(4);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Finished clips drag to a sequence (the Sequences tab) or out as files.
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setMouseTracking(true);
    m_list->viewport()->setAttribute(Qt::WA_Hover);
    m_list->viewport()->installEventFilter(this);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &GalleryView::showContextMenu);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setContentsMargins(6, 2, 6, 4);
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("galleryToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_toolBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_countLabel);

    m_hoverDelay.setSingleShot(true);
    m_hoverDelay.setInterval(kHoverDelayMs);
    connect(&m_hoverDelay, &QTimer::timeout, this, &GalleryView::startPreview);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &GalleryView::applyFilters);

    // Thumbnails for every finished clip that has none yet, once per burst of changes.
    m_thumbnailDelay.setSingleShot(true);
    m_thumbnailDelay.setInterval(0);
    connect(&m_thumbnailDelay, &QTimer::timeout, this, &GalleryView::requestThumbnails);
    connect(m_thumbnailer, &ClipThumbnailer::thumbnailReady, this, [this](qint64 id, const QString &path) {
        m_delegate->forgetThumbnail(path);
        m_model->markThumbnailReady(id);
    });

    const auto modelChanged = [this] {
        // A removed card that was playing stops; its persistent index is gone.
        if (!m_previewing.isValid() && m_preview && !m_preview->source().isEmpty())
            stopPreview();
        m_thumbnailDelay.start();
        updateActions();
        updateCountLabel();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, modelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, modelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, modelChanged);
    connect(m_model, &GalleryModel::loaded, this, &GalleryView::updateCountLabel);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GalleryView::updateActions);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto entry = m_model->entryAt(index.row());
        if (entry && entry->status == EntryStatus::Completed && !entry->outputPath.isEmpty())
            Q_EMIT openRequested(*entry);
    });

    retranslate();
    updateActions();
    setFocusProxy(m_list);
    // The first query waits for the first show: a gallery in a tab nobody opens
    // costs nothing, and the library has usually been opened by then.
}

GalleryView::~GalleryView()
{
    // The preview goes with the view; no frame may arrive meanwhile.
    if (m_preview)
        m_preview->stop();
}

QWidget *GalleryView::createFilterBar()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });

    m_resolution = new QComboBox;
    m_resolution->setObjectName(QStringLiteral("resolutionCombo"));
    m_resolution->addItem(QString(), QString());
    m_resolution->addItem(QStringLiteral("480p"), QStringLiteral("480p"));
    m_resolution->addItem(QStringLiteral("720p"), QStringLiteral("720p"));
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &GalleryView::applyFilters);

    m_seed = new QLineEdit;
    m_seed->setObjectName(QStringLiteral("seedField"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), m_seed));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14);
    connect(m_seed, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });

    m_favouritesOnly = new QCheckBox;
    m_favouritesOnly->setObjectName(QStringLiteral("favouritesOnly"));
    connect(m_favouritesOnly, &QCheckBox::toggled, this, &GalleryView::applyFilters);

    m_from = makeDateEdit();
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = makeDateEdit();
    m_to->setObjectName(QStringLiteral("toDate"));
    connect(m_from, &QDateEdit::dateChanged, this, &GalleryView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &GalleryView::applyFilters);

    m_resolutionLabel = new QLabel;
    m_resolutionLabel->setBuddy(m_resolution);
    m_seedLabel = new QLabel;
    m_seedLabel->setBuddy(m_seed);
    m_fromLabel = new QLabel;
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel;
    m_toLabel->setBuddy(m_to);

    // Two rows that each need only part of the width, so longer labels in
    // other languages do not widen the window: the search with the dates,
    // then resolution, seed and favourites.
    auto *bar = new QWidget;
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(6, 6, 6, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    for (QWidget *w : {static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_toLabel),
                       static_cast<QWidget *>(m_to)})
        first->addWidget(w);
    auto *second = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_resolutionLabel), static_cast<QWidget *>(m_resolution),
                       static_cast<QWidget *>(m_seedLabel), static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_favouritesOnly)})
        second->addWidget(w);
    second->addStretch(1);
    rows->addLayout(first);
    rows->addLayout(second);
    // Tab follows the rows, left to right.
    QWidget::setTabOrder(m_search, m_from);
    QWidget::setTabOrder(m_from, m_to);
    QWidget::setTabOrder(m_to, m_resolution);
    QWidget::setTabOrder(m_resolution, m_seed);
    QWidget::setTabOrder(m_seed, m_favouritesOnly);
    return bar;
}

void GalleryView::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &shortcut, void (GalleryView::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        // Only while the cards have focus: F or Del typed in the search field stay text.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_open = make("openAction", QKeySequence(Qt::Key_Return), nullptr);
    m_open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    connect(m_open, &QAction::triggered, this, [this] {
        const QList<Entry> entries = selectedEntries();
        if (entries.size() == 1)
            Q_EMIT openRequested(entries.first());
    });
    m_favourite = make("favouriteAction", QKeySequence(Qt::Key_F), &GalleryView::toggleFavourite);
    m_favourite->setCheckable(true);
    m_delete = make("deleteAction", QKeySequence::Delete, &GalleryView::deleteSelected);
    m_useSettings = make("useSettingsAction", QKeySequence(Qt::Key_U), nullptr);
    connect(m_useSettings, &QAction::triggered, this, [this] {
        const QList<Entry> entries = selectedEntries();
        if (entries.size() == 1)
            Q_EMIT useSettingsRequested(entries.first());
    });
    m_rerun = make("rerunAction", QKeySequence(Qt::Key_R), nullptr);
    connect(m_rerun, &QAction::triggered, this, [this] {
        const QList<Entry> entries = selectedEntries();
        if (entries.size() == 1)
            Q_EMIT rerunRequested(entries.first());
    });
    m_compare = make("compareAction", QKeySequence(Qt::Key_C), nullptr);
    connect(m_compare, &QAction::triggered, this, [this] {
        if (m_compare->isEnabled())
            Q_EMIT compareRequested(selectedEntries());
    });
    m_sameImage = make("sameImageAction", QKeySequence(Qt::Key_I), nullptr);
    m_sameImage->setCheckable(true);
    connect(m_sameImage, &QAction::toggled, this, &GalleryView::sameImageToggled);
    m_showInFolder = make("showInFolderAction", QKeySequence(Qt::Key_L), &GalleryView::showInFolder);

    for (QAction *action : { m_favourite, m_delete, m_useSettings, m_rerun, m_compare, m_sameImage, m_showInFolder })
        m_toolBar->addAction(action);
    createFrameActions();
}

void GalleryView::setReservedMnemonics(const QString &letters)
{
    m_reservedMnemonics = letters.toLower();
    applyFilterLabels();
}

// The filters' labels, with keys that avoid those of the window around.
void GalleryView::applyFilterLabels()
{
    QString usedMnemonics = m_reservedMnemonics;
    m_resolutionLabel->setText(claimMnemonic(tr("&Resolution:"), usedMnemonics));
    m_seedLabel->setText(claimMnemonic(tr("S&eed:"), usedMnemonics));
    m_favouritesOnly->setText(claimMnemonic(tr("Favourites &only"), usedMnemonics));
    m_fromLabel->setText(claimMnemonic(tr("&From:"), usedMnemonics));
    m_toLabel->setText(claimMnemonic(tr("&To:"), usedMnemonics));
}

void GalleryView::retranslate()
{
    applyFilterLabels();
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_resolution->setAccessibleName(tr("Resolution"));
    m_resolution->setItemText(0, tr("Any"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setPlaceholderText(tr("Any"));
    // Room for the hint in every language ("Any", "Toutes", "Cualquiera").
    m_seed->setMinimumWidth(qMin(m_seed->fontMetrics().horizontalAdvance(m_seed->placeholderText()) + 20, m_seed->maximumWidth()));
    m_favouritesOnly->setAccessibleName(tr("Favourites only"));
    m_from->setAccessibleName(tr("From"));
    m_from->setSpecialValueText(tr("Any"));
    m_to->setAccessibleName(tr("To"));
    m_to->setSpecialValueText(tr("Any"));
    m_list->setAccessibleName(tr("Clips"));
    m_toolBar->setAccessibleName(tr("Clip actions"));

    m_open->setText(tr("Open"));
    m_favourite->setText(tr("Favourite"));
    m_delete->setText(tr("Delete…"));
    m_useSettings->setText(tr("Use these settings"));
    m_rerun->setText(tr("Re-run"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Compare two to four finished clips side by side (C)"));
    m_sameImage->setText(tr("Same image as selected"));
    m_showInFolder->setText(tr("Show in folder"));
    retranslateFrameActions();
    updateCountLabel();
}

void GalleryView::showEvent(QShowEvent *event)
{
    if (!m_queried) {
        m_queried = true;
        applyFilters();
    }
    QWidget::showEvent(event);
}

void GalleryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_list->viewport()->update();
    QWidget::changeEvent(event);
}

library::GalleryModel *GalleryView::model() const
{
    return m_model;
}

QList<Entry> GalleryView::selectedEntries() const
{
    QModelIndexList indexes = m_list->selectionModel()->selectedIndexes();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Entry> entries;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (const auto entry = m_model->entryAt(index.row()))
            entries.append(*entry);
    }
    return entries;
}

void GalleryView::setMediaDirectory(const QString &directory)
{
    m_model->setThumbnailDirectory(directory.isEmpty() ? QString() : QDir(directory).filePath(QStringLiteral("thumbs")));
    m_thumbnailDelay.start();
}

void GalleryView::setConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

void GalleryView::applyFilters()
{
    m_filterDelay.stop();
    library::Query query;
    query.text = m_search->text().trimmed();
    query.resolution = m_resolution->currentData().toString();
    bool ok = false;
    const qint64 seed = m_seed->text().toLongLong(&ok);
    if (ok)
        query.seed = seed;
    query.favouritesOnly = m_favouritesOnly->isChecked();
    if (m_from->date() != kNoDate)
        query.from = m_from->date();
    if (m_to->date() != kNoDate)
        query.to = m_to->date();
    query.imageSource = m_sameImageSource;
    m_model->setQuery(query);
}

void GalleryView::updateActions()
{
    const QList<Entry> entries = selectedEntries();
    const auto n = entries.size();
    const bool allFavourite = n > 0 && std::all_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.favourite; });
    const bool allCompleted = std::all_of(entries.cbegin(), entries.cend(), [](const Entry &e) {
        return e.status == EntryStatus::Completed && !e.outputPath.isEmpty();
    });
    m_favourite->setEnabled(n > 0);
    m_favourite->setChecked(allFavourite);
    m_delete->setEnabled(n > 0);
    m_useSettings->setEnabled(n == 1);
    m_rerun->setEnabled(n == 1);
    m_compare->setEnabled(n >= 2 && n <= 4 && allCompleted);
    m_open->setEnabled(n == 1 && allCompleted);
    m_sameImage->setEnabled(m_sameImage->isChecked() || (n == 1 && !entries.first().imageSource.isEmpty()));
    m_showInFolder->setEnabled(n > 0 && !entries.first().outputPath.isEmpty());
    updateFrameActions(entries);
}

void GalleryView::updateCountLabel()
{
    if (!m_countLabel || !m_model)
        return;
    const int rows = m_model->rowCount();
    m_countLabel->setText(rows == 0 && !m_model->isLoading() ? tr("No clips match.") : tr("%n clip(s)", nullptr, rows));
}

void GalleryView::toggleFavourite()
{
    const QList<Entry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    // Mixed selections become favourites; only all-favourite ones are cleared.
    const bool favourite = !std::all_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.favourite; });
    for (const Entry &e : entries) {
        m_service->setFavourite(e.id, favourite);
        // Re-read after the write (the service works in order), whatever it announces.
        m_model->handleEntryChanged(e.id);
    }
    updateActions();
}

void GalleryView::deleteSelected()
{
    const QList<Entry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    const int n = int(entries.size());
    int continued = 0;
    for (const Entry &e : entries)
        continued += e.continuations;
    QString question = tr("Move %n clip(s) to the trash?", nullptr, n);
    // A clip in the middle of a chain: the shots after it stay, and say their link is gone.
    if (continued > 0)
        question += QStringLiteral("\n\n")
            + tr("%n run(s) continue from these clips. They keep their clips, and each will show that the clip it continued was deleted.",
                 nullptr, continued);
    if (!m_confirm || !m_confirm(this, question))
        return;
    for (const Entry &e : entries) {
        if (m_previewing.isValid() && m_previewing.data(GalleryModel::IdRole).toLongLong() == e.id)
            stopPreview();
        m_thumbnailer->cancel(e.id);
        const QString thumbnail = m_model->thumbnailPathFor(e.id);
        const QString prompt = e.prompt;
        m_service->remove(e.id, true, this, [this, id = e.id, thumbnail, prompt, continued = e.continuations](bool ok) {
            if (!ok) {
                Q_EMIT message(tr("Could not delete the clip “%1”.").arg(prompt));
                return;
            }
            if (!thumbnail.isEmpty()) {
                QFile::remove(thumbnail);
                m_delegate->forgetThumbnail(thumbnail);
            }
            m_model->handleEntryRemoved(id);
            // The runs that continued it now show the link as deleted.
            if (continued > 0)
                m_model->reload();
        });
    }
}

void GalleryView::sameImageToggled(bool on)
{
    if (on) {
        const QList<Entry> entries = selectedEntries();
        if (entries.isEmpty() || entries.first().imageSource.isEmpty()) {
            const QSignalBlocker blocker(m_sameImage);
            m_sameImage->setChecked(false);
            return;
        }
        m_sameImageSource = entries.first().imageSource;
        m_sameImage->setToolTip(tr("Showing clips made from “%1”").arg(QFileInfo(m_sameImageSource).fileName()));
    } else {
        m_sameImageSource.clear();
        m_sameImage->setToolTip(QString());
    }
    applyFilters();
    updateActions();
}

void GalleryView::showInFolder()
{
    const QList<Entry> entries = selectedEntries();
    if (entries.isEmpty() || entries.first().outputPath.isEmpty())
        return;
    const QString folder = QFileInfo(entries.first().outputPath).absolutePath();
    if (!openContainingFolder(entries.first().outputPath))
        Q_EMIT message(tr("Could not open the folder “%1”.").arg(QDir::toNativeSeparators(folder)));
}

void GalleryView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid() && !m_list->selectionModel()->isSelected(index))
        m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    if (selectedEntries().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addSeparator();
    menu.addAction(m_favourite);
    menu.addAction(m_useSettings);
    menu.addAction(m_rerun);
    menu.addAction(m_compare);
    menu.addAction(m_sameImage);
    menu.addAction(m_showInFolder);
    addFrameActions(menu);
    if (m_extendMenu)
        m_extendMenu(menu, selectedEntries());
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void GalleryView::requestThumbnails()
{
    if (m_model->thumbnailDirectory().isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(GalleryModel::StatusRole).toInt() != int(EntryStatus::Completed))
            continue;
        const QString clip = index.data(GalleryModel::OutputPathRole).toString();
        if (clip.isEmpty() || !index.data(GalleryModel::ThumbnailPathRole).toString().isEmpty())
            continue;
        const qint64 id = index.data(GalleryModel::IdRole).toLongLong();
        m_thumbnailer->request(id, clip, m_model->thumbnailPathFor(id));
    }
}

} // namespace wan::ui
