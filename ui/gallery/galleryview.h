#pragma once

// The gallery of every run in the library: a search field and filters over a
// grid of cards. Hovering a card plays its clip muted in place. Favourite and
// delete go to the library service; everything else leaves as an intent
// signal for the window to act on (use settings, re-run, compare, open).

#include "library/libraryentry.h"

#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QMenu;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QToolBar;

namespace wan::library {
class GalleryModel;
class LibraryService;
} // namespace wan::library

namespace wan::ui {

class ClipThumbnailer;
class FrameSaver;
class GalleryDelegate;
class MediaPlayback;

class GalleryView final : public QWidget
{
    Q_OBJECT
public:
    // Asks whether to go ahead; the default is a QMessageBox question.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    explicit GalleryView(library::LibraryService *service, QWidget *parent = nullptr);
    ~GalleryView() override;

    // The Alt+key mnemonics the window around already uses (lower case): the
    // filter labels take other keys, or none.
    void setReservedMnemonics(const QString &letters);

    // The library's media folder (the one given to LibraryService); first-frame
    // thumbnails are kept in its "thumbs" folder. Until it is set, cards show
    // placeholders.
    void setMediaDirectory(const QString &directory);

    library::GalleryModel *model() const;
    // In the order shown (newest first).
    QList<library::Entry> selectedEntries() const;

    QListView *listView() const { return m_list; }
    GalleryDelegate *delegate() const { return m_delegate; }
    // The one player that plays a hovered card's clip (muted, looped).
    MediaPlayback *previewPlayer() const;
    QPersistentModelIndex previewIndex() const { return m_previewing; }
    ClipThumbnailer *thumbnailer() const { return m_thumbnailer; }
    void setConfirmation(Confirmation confirm);
    // More of the context menu, made by the window (Add to Sequence): called
    // with the menu and the selected entries, before Delete.
    using MenuExtension = std::function<void(QMenu &menu, const QList<library::Entry> &entries)>;
    void setMenuExtension(MenuExtension extend) { m_extendMenu = std::move(extend); }

    // Selection actions, also in the toolbar and the context menu.
    QAction *favouriteAction() const { return m_favourite; }
    QAction *deleteAction() const { return m_delete; }
    QAction *useSettingsAction() const { return m_useSettings; }
    QAction *rerunAction() const { return m_rerun; }
    QAction *compareAction() const { return m_compare; }
    QAction *sameImageAction() const { return m_sameImage; }
    QAction *showInFolderAction() const { return m_showInFolder; }
    QAction *openAction() const { return m_open; }
    // A finished clip's frames and chain (galleryview_frames.cpp).
    QAction *continueAction() const { return m_continueLast; }
    QAction *showChainAction() const { return m_showChain; }
    // Export… for the selected finished clips (the window opens the dialog).
    QAction *exportAction() const { return m_export; }
    QList<QAction *> frameActions() const { return { m_saveFirst, m_saveLast, m_copyFirst, m_copyLast }; }

    void toggleFavourite();
    void deleteSelected();

Q_SIGNALS:
    void useSettingsRequested(const wan::library::Entry &entry);
    void rerunRequested(const wan::library::Entry &entry);
    void compareRequested(const QList<wan::library::Entry> &entries);
    void openRequested(const wan::library::Entry &entry);
    // Continue from Last Frame, Show Chain: the window acts on them.
    void continueRequested(const wan::library::Entry &entry);
    void chainRequested(const wan::library::Entry &entry);
    void exportRequested(const QList<wan::library::Entry> &entries);
    // A sentence about something that went well (a frame saved or copied).
    void notice(const QString &text);
    // A sentence for the user, e.g. when a clip could not be moved to the trash.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    void createActions();
    void createFrameActions();
    void retranslateFrameActions();
    void updateFrameActions(const QList<library::Entry> &entries);
    void addFrameActions(QMenu &menu);
    void applyFilters();
    void updateActions();
    void updateCountLabel();
    void showContextMenu(const QPoint &position);
    void requestThumbnails();
    void hoverAt(const QPoint &viewportPosition);
    void ensurePreviewPlayer();
    void startPreview();
    void stopPreview();
    void sameImageToggled(bool on);
    void showInFolder();
    void retranslate();
    void applyFilterLabels();

    library::LibraryService *m_service = nullptr;
    library::GalleryModel *m_model = nullptr;
    GalleryDelegate *m_delegate = nullptr;
    ClipThumbnailer *m_thumbnailer = nullptr;
    Confirmation m_confirm;
    MenuExtension m_extendMenu;

    QLineEdit *m_search = nullptr;
    QLabel *m_resolutionLabel = nullptr;
    QComboBox *m_resolution = nullptr;
    QLabel *m_seedLabel = nullptr;
    QLineEdit *m_seed = nullptr;
    QCheckBox *m_favouritesOnly = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QToolBar *m_toolBar = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_countLabel = nullptr;

    QAction *m_favourite = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_useSettings = nullptr;
    QAction *m_rerun = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_sameImage = nullptr;
    QAction *m_showInFolder = nullptr;
    QAction *m_open = nullptr;
    QAction *m_continueLast = nullptr;
    QAction *m_showChain = nullptr;
    QAction *m_export = nullptr;
    QAction *m_saveFirst = nullptr;
    QAction *m_saveLast = nullptr;
    QAction *m_copyFirst = nullptr;
    QAction *m_copyLast = nullptr;
    FrameSaver *m_frames = nullptr;

    bool m_queried = false; // the first query is made when first shown
    QString m_sameImageSource; // the "Same image as selected" filter while it is on
    QString m_reservedMnemonics;
    QTimer m_filterDelay; // typing in the search and seed fields settles first
    QTimer m_thumbnailDelay; // one pass over the rows per burst of model changes
    QTimer m_hoverDelay; // sweeping across cards does not start every clip

    MediaPlayback *m_preview = nullptr;
    QPersistentModelIndex m_hovered; // the card under the mouse
    QPersistentModelIndex m_previewing; // the card whose clip plays
};

} // namespace wan::ui
