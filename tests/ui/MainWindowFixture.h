#pragma once

// A MainWindow on the sandbox's demo data, shown and started: where every main window
// test (tst_mainwindow, tst_mainwindow_rows) begins, with the lookups they share.
#include "tests/support/MainWindowTestSupport.h"
#include "tests/support/Shots.h"

#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QHeaderView>
#include <QTableView>

#include <memory>

namespace vzaps::testing {

class MainWindowFixture
{
protected:
    // initTestCase: settings of their own, one sandbox for the whole test.
    void startSandbox(const QString &testName)
    {
        isolateSettings(testName);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    // init: a new window from the default layout (page size 50), loading.
    void openWindow()
    {
        QSettings().clear();
        m_client = std::make_unique<ApiClient>();
        m_sandbox.configure(*m_client);
        m_window = std::make_unique<ui::MainWindow>(*m_client);
        m_window->controller().setDebounce(std::chrono::milliseconds(20));
        m_window->setConnectionInfo({true, QStringLiteral("Sandbox demo account")});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
    }

    // cleanup
    void closeWindow()
    {
        m_window.reset();
        m_client.reset();
    }

    template<typename T>
    T *find(const QString &name) const
    {
        auto *child = m_window->findChild<T *>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }
    QTableView *table() const { return find<QTableView>(QStringLiteral("instanceTable")); }
    InstanceTableModel *model() const { return m_window->controller().model(); }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < model()->rowCount(); ++row)
            values.append(model()->index(row, column).data().toString());
        return values;
    }

    // The page is in, nothing is on its way, and it has `rows` rows.
    bool waitForLoad(int rows)
    {
        return QTest::qWaitFor([&] {
            return m_window->controller().state() == InstanceListController::State::Ready &&
                   !m_window->controller().isBusy() && model()->rowCount() == rows;
        });
    }

    void clickHeader(int section)
    {
        QHeaderView *header = table()->horizontalHeader();
        const QPoint pos(header->sectionViewportPosition(section) +
                             header->sectionSize(section) / 2,
                         header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    }

    Sandbox m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace vzaps::testing
