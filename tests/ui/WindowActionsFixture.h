#pragma once

// The main window on a real sandbox, for the tests that drive instance actions
// through it: finds rows by name, selects them, finds the dialog an action opened.
#include "tests/support/EveryInstance.h"
#include "tests/support/MainWindowTestSupport.h"

#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QList>
#include <QPointer>
#include <QTableView>

namespace vzaps::testing {

class WindowActionsFixture
{
public:
    bool start()
    {
        if (!sandbox.start())
            return false;
        client = std::make_unique<ApiClient>();
        sandbox.configure(*client);
        window = std::make_unique<ui::MainWindow>(*client);
        window->setConnectionInfo({true, QStringLiteral("Sandbox demo account")});
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->start();
        return waitUntilLoaded();
    }

    void stop()
    {
        // Dialogs are top-level windows of their own; none may outlive its test.
        // Deleting one dialog deletes the message boxes it owns, which are
        // top-level widgets of their own: hold guarded pointers, not raw ones.
        QList<QPointer<QWidget>> dialogs;
        const auto topLevels = QApplication::topLevelWidgets();
        for (QWidget *widget : topLevels) {
            if (widget != window.get() && qobject_cast<QDialog *>(widget))
                dialogs.append(widget);
        }
        for (const QPointer<QWidget> &dialog : std::as_const(dialogs))
            delete dialog.data();
        window.reset();
        client.reset();
    }

    InstanceTableModel *model() const { return window->controller().model(); }
    QTableView *table() const
    {
        return window->findChild<QTableView *>(QStringLiteral("instanceTable"));
    }

    bool waitUntilLoaded()
    {
        return QTest::qWaitFor([this] {
            return window->controller().state() == InstanceListController::State::Ready &&
                   !window->controller().isBusy() && model()->rowCount() > 0;
        });
    }

    // Adds `count` instances to the sandbox's, shows the first page of the grown account and
    // returns every instance of it, read by plain paging (empty if something failed).
    QList<Instance> seed(int count)
    {
        if (!Sandbox::control(*client, QStringLiteral("/_sandbox/seed"),
                              {{QStringLiteral("count"), count}}))
            return {};
        const QList<Instance> all = test::everyInstance(*client);
        window->controller().refresh();
        const bool shown = QTest::qWaitFor(
            [&] { return window->controller().total() == all.size() && waitUntilLoaded(); });
        return shown ? all : QList<Instance>();
    }

    // The row of the first instance whose fields satisfy `match`, or -1.
    template<typename Match>
    int rowWhere(Match match) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (match(model()->instanceAt(row)))
                return row;
        }
        return -1;
    }

    void selectRows(const QList<int> &rows)
    {
        QItemSelectionModel *selection = table()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!rows.isEmpty())
            selection->setCurrentIndex(model()->index(rows.first(), 0),
                                       QItemSelectionModel::NoUpdate);
    }

    // The visible top-level dialog with this object name, if any.
    template<typename T = QDialog>
    static T *openDialog(const QString &objectName)
    {
        const auto topLevels = QApplication::topLevelWidgets();
        for (QWidget *widget : topLevels) {
            if (widget->objectName() == objectName && widget->isVisible())
                return qobject_cast<T *>(widget);
        }
        return nullptr;
    }

    static int countDialogs(const QString &objectName)
    {
        int count = 0;
        const auto topLevels = QApplication::topLevelWidgets();
        for (QWidget *widget : topLevels)
            count += widget->objectName() == objectName && widget->isVisible() ? 1 : 0;
        return count;
    }

    Sandbox sandbox;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace vzaps::testing
