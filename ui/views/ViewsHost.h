#pragma once

#include "core/presentation/SavedViews.h"

#include <QComboBox>
#include <QObject>
#include <QPointer>
#include <QWheelEvent>

#include <functional>

class QAction;
class QWidget;

namespace vzaps {
class InstanceListController;
class WatchList;
} // namespace vzaps

namespace vzaps::ui {

class ViewExportFlow;

// The view selector before the search field: the built-in views and the user's, each with
// its count when a complete reading of the account knows it (looked at as the list opens).
// The entry shown is the view the table shows now, derived from the controller: after a
// change by hand that matches no view, "Unsaved view".
class ViewSelector : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;
    std::function<void()> beforePopup;
    void showPopup() override
    {
        if (beforePopup)
            beforePopup();
        QComboBox::showPopup();
    }

protected:
    // A wheel turned over it in passing does not switch views (each may read the account).
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore();
    }
};

// Saved views and exporting what the table's view holds: the selector, View ▸ Save view… and
// Delete view, Edit ▸ Search all fields, and File ▸ Export view…. How a view's columns, sort
// and search text reach the window's widgets is the window's (showView).
class ViewsHost : public QObject
{
    Q_OBJECT
public:
    ViewsHost(InstanceListController &controller, WatchList &watchList, QWidget *window);

    ViewSelector *selector() const { return m_selector; }
    QAction *saveAction() const { return m_save; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *searchAllFieldsAction() const { return m_searchAllFields; }
    SavedViews &views() const { return *m_views; }
    ViewExportFlow &exportFlow() const { return *m_exportFlow; }

    // The window shows a view's columns, sort and search text, then the view itself.
    std::function<void(const SavedView &)> showView;
    // The table's hidden columns now, for a view saved.
    std::function<QStringList()> hiddenColumns;

    void setAccount(const QUrl &baseUrl, const QString &clientToken);
    // Shows the view of that title (what the selector does).
    bool showViewTitled(const QString &title);
    // The view the table shows, when it is one of the saved or built-in ones.
    std::optional<SavedView> currentView() const;
    // What showing `view` shows now: the watch list's ids, and the table's sort for a
    // built-in view.
    InstanceListController::View shownAs(const SavedView &view) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void rebuild(bool withCounts = false);
    void chooseIndex(int index);
    void show(const SavedView &view);
    void saveCurrent();
    void deleteCurrent();

    InstanceListController &m_controller;
    WatchList &m_watchList;
    QWidget *m_window;
    SavedViews *m_views;
    ViewSelector *m_selector;
    QAction *m_save;
    QAction *m_delete;
    QAction *m_export;
    QAction *m_searchAllFields;
    ViewExportFlow *m_exportFlow;
    bool m_rebuilding = false;
    QString m_chosenTitle; // of the view chosen or saved last
};

} // namespace vzaps::ui
