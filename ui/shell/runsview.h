#pragma once

// The Runs dock's list: this session's runs drawn by RunsDelegate, a click on
// a finished run plays it, and a context menu with the Library's actions for
// one run (Play, Cancel, Use these settings, Re-run, Show in folder), each
// enabled only when it applies. Passive: it emits what the user asked for and
// the window acts (show in folder, which needs nobody else, is done here).

#include <QJsonObject>
#include <QListView>

class QAction;
class QMenu;

namespace wan::jobs {
class JobListModel;
}

namespace wan::ui {

class RunsDelegate;
class SessionThumbnails;

class RunsView final : public QListView
{
    Q_OBJECT
public:
    RunsView(jobs::JobListModel *model, SessionThumbnails *thumbnails, QWidget *parent = nullptr);

    RunsDelegate *delegate() const { return m_delegate; }

    // The actions act on the current row; their enabled state follows it.
    QAction *playAction() const { return m_play; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *useSettingsAction() const { return m_useSettings; }
    QAction *rerunAction() const { return m_rerun; }
    QAction *showInFolderAction() const { return m_showInFolder; }
    QAction *continueAction() const { return m_continue; }
    // The menu a right click on this row opens (the caller owns it).
    QMenu *createContextMenu(const QModelIndex &index);

Q_SIGNALS:
    // The run the user picked: played when it has a clip, followed by the status area otherwise.
    void runActivated(int id);
    void cancelRequested(int id);
    // A run held by a budget cap, sent deliberately (also from the message's
    // button; this stays when another message has replaced that one).
    void sendAnywayRequested(int id);
    void useSettingsRequested(const QJsonObject &settings);
    void rerunRequested(const QJsonObject &settings);
    // Continue from Last Frame of this run's clip.
    void continueRequested(const QString &clipPath);
    // A sentence for the user, e.g. when the folder could not be opened.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void showInFolder();

    jobs::JobListModel *m_model;
    RunsDelegate *m_delegate;
    QAction *m_play = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_sendAnyway = nullptr;
    QAction *m_useSettings = nullptr;
    QAction *m_rerun = nullptr;
    QAction *m_showInFolder = nullptr;
    QAction *m_continue = nullptr;
};

} // namespace wan::ui
