#include "shell/runsview.h"

#include "common/showinfolder.h"
#include "gallery/sessionthumbnails.h"
#include "jobs/generationjob.h"
#include "jobs/joblistmodel.h"
#include "shell/runsdelegate.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>

namespace wan::ui {

using jobs::JobListModel;

RunsView::RunsView(JobListModel *model, SessionThumbnails *thumbnails, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_delegate(new RunsDelegate(thumbnails, this))
{
    setObjectName(QStringLiteral("runsList"));
    setModel(model);
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    if (thumbnails)
        connect(thumbnails, &SessionThumbnails::ready, viewport(), qOverload<>(&QWidget::update));
    createActions();
    retranslate();

    // One click plays a finished run (Enter too); a double click does the same once.
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT runActivated(index.data(JobListModel::IdRole).toInt());
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT runActivated(index.data(JobListModel::IdRole).toInt());
    });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = indexAt(position);
        if (!index.isValid())
            return;
        QMenu *menu = createContextMenu(index);
        menu->exec(viewport()->mapToGlobal(position));
        delete menu;
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &RunsView::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &RunsView::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RunsView::updateActions);
    updateActions();
}

void RunsView::createActions()
{
    // The Library's keys for the same actions, while the list has the focus.
    const auto make = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
        return action;
    };
    m_play = make("runPlayAction", {});
    m_cancel = make("runCancelAction", {});
    m_sendAnyway = make("runSendAnywayAction", {});
    m_useSettings = make("runUseSettingsAction", QKeySequence(Qt::Key_U));
    m_rerun = make("runRerunAction", QKeySequence(Qt::Key_R));
    m_showInFolder = make("runShowInFolderAction", QKeySequence(Qt::Key_L));
    m_continue = make("runContinueAction", QKeySequence(Qt::Key_E));

    const auto current = [this] { return currentIndex(); };
    connect(m_play, &QAction::triggered, this, [this, current] {
        if (m_play->isEnabled())
            Q_EMIT runActivated(current().data(JobListModel::IdRole).toInt());
    });
    connect(m_cancel, &QAction::triggered, this, [this, current] {
        if (m_cancel->isEnabled())
            Q_EMIT cancelRequested(current().data(JobListModel::IdRole).toInt());
    });
    connect(m_sendAnyway, &QAction::triggered, this, [this, current] {
        if (m_sendAnyway->isEnabled())
            Q_EMIT sendAnywayRequested(current().data(JobListModel::IdRole).toInt());
    });
    connect(m_useSettings, &QAction::triggered, this, [this, current] {
        if (m_useSettings->isEnabled())
            Q_EMIT useSettingsRequested(current().data(JobListModel::SettingsRole).toJsonObject());
    });
    connect(m_rerun, &QAction::triggered, this, [this, current] {
        if (m_rerun->isEnabled())
            Q_EMIT rerunRequested(current().data(JobListModel::SettingsRole).toJsonObject());
    });
    connect(m_showInFolder, &QAction::triggered, this, &RunsView::showInFolder);
    connect(m_continue, &QAction::triggered, this, [this, current] {
        if (m_continue->isEnabled())
            Q_EMIT continueRequested(current().data(JobListModel::OutputPathRole).toString());
    });
}

void RunsView::retranslate()
{
    setAccessibleName(tr("Runs"));
    m_play->setText(tr("Play"));
    m_cancel->setText(tr("Cancel run"));
    m_sendAnyway->setText(tr("Send anyway (past the budget cap)"));
    m_useSettings->setText(tr("Use these settings"));
    m_rerun->setText(tr("Re-run"));
    m_showInFolder->setText(tr("Show in folder"));
    m_continue->setText(tr("Continue from last frame"));
}

void RunsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
    QListView::changeEvent(event);
}

void RunsView::updateActions()
{
    const QModelIndex index = currentIndex();
    const bool valid = index.isValid();
    const bool hasClip = valid && index.data(JobListModel::StageRole).toInt() == int(jobs::JobStage::Completed)
        && !index.data(JobListModel::OutputPathRole).toString().isEmpty();
    m_play->setEnabled(hasClip);
    m_cancel->setEnabled(valid && index.data(JobListModel::CancellableRole).toBool());
    // Shown only for a held run (a hidden action is disabled too).
    const bool held = valid && index.data(JobListModel::HeldRole).toBool();
    m_sendAnyway->setVisible(held);
    m_sendAnyway->setEnabled(held);
    // Every run has its settings, whatever became of it.
    m_useSettings->setEnabled(valid);
    m_rerun->setEnabled(valid);
    m_showInFolder->setEnabled(hasClip);
    m_continue->setEnabled(hasClip);
}

QMenu *RunsView::createContextMenu(const QModelIndex &index)
{
    setCurrentIndex(index);
    updateActions();
    auto *menu = new QMenu(this);
    menu->addAction(m_play);
    menu->setDefaultAction(m_play->isEnabled() ? m_play : nullptr);
    menu->addAction(m_cancel);
    if (m_sendAnyway->isVisible())
        menu->addAction(m_sendAnyway);
    menu->addSeparator();
    menu->addAction(m_useSettings);
    menu->addAction(m_rerun);
    menu->addAction(m_showInFolder);
    menu->addSeparator();
    menu->addAction(m_continue);
    return menu;
}

void RunsView::showInFolder()
{
    const QString clip = currentIndex().data(JobListModel::OutputPathRole).toString();
    if (!m_showInFolder->isEnabled() || clip.isEmpty())
        return;
    if (!openContainingFolder(clip))
        Q_EMIT message(tr("Could not open the folder “%1”.").arg(QDir::toNativeSeparators(QFileInfo(clip).absolutePath())));
}

} // namespace wan::ui
