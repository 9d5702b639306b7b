// Paging through many instances as a person does: first and last, previous and next, and
// "Page [n] of N" where a typed number and Enter go to that page. 200 instances, 20 a page.
#include "tests/support/Keyboard.h"
#include "tests/ui/MainWindowFixture.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

using testing::press;
using testing::type;

class TestPaging : public QObject, private testing::MainWindowFixture
{
    Q_OBJECT

    QLabel *range() const { return find<QLabel>(u"rangeLabel"_s); }
    QSpinBox *pageField() const { return find<QSpinBox>(u"pageNumberSpin"_s); }
    QString pageCount() const { return find<QLabel>(u"pageCountLabel"_s)->text(); }
    QToolButton *button(const QString &name) const { return find<QToolButton>(name); }

    // The rows shown are `range` ("41–60 of 200") and nothing is on its way.
    bool waitForRange(const QString &text) const
    {
        return QTest::qWaitFor(
            [&] { return !m_window->controller().isBusy() && range()->text() == text; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox(u"tst_paging"_s);
        ApiClient client;
        m_sandbox.configure(client);
        // The demo data's 24, and 176 more: 10 pages of 20.
        QVERIFY(testing::Sandbox::control(client, u"/_sandbox/seed"_s, {{u"count"_s, 176}}));
    }

    void init()
    {
        openWindow();
        auto *size = find<QComboBox>(u"pageSizeCombo"_s);
        size->setCurrentIndex(size->findData(20));
        QVERIFY(waitForRange(u"1–20 of 200"_s));
    }
    void cleanup() { closeWindow(); }

    void firstAndLastJumpToTheEnds()
    {
        QCOMPARE(pageField()->value(), 1);
        QCOMPARE(pageCount(), u"of 10"_s);
        QVERIFY(!button(u"firstPageButton"_s)->isEnabled());
        QVERIFY(!button(u"previousPageButton"_s)->isEnabled());

        QTest::mouseClick(button(u"lastPageButton"_s), Qt::LeftButton);
        QVERIFY(waitForRange(u"181–200 of 200"_s));
        QCOMPARE(pageField()->value(), 10);
        QVERIFY(!button(u"lastPageButton"_s)->isEnabled());
        QVERIFY(!button(u"nextPageButton"_s)->isEnabled());
        QVERIFY(button(u"firstPageButton"_s)->isEnabled());

        QTest::mouseClick(button(u"previousPageButton"_s), Qt::LeftButton);
        QVERIFY(waitForRange(u"161–180 of 200"_s));
        QCOMPARE(pageField()->value(), 9);

        QTest::mouseClick(button(u"firstPageButton"_s), Qt::LeftButton);
        QVERIFY(waitForRange(u"1–20 of 200"_s));
        QCOMPARE(pageField()->value(), 1);
    }

    void aTypedPageNumberGoesThereOnEnter()
    {
        // Alt+P, the field's mnemonic, from the table: as a person reaches it.
        table()->setFocus();
        QVERIFY(press(Qt::Key_P, Qt::AltModifier));
        QCOMPARE(QApplication::focusWidget(), pageField());
        QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
        QVERIFY(type(u"7"_s));
        // Nothing is asked for while typing: a page number may have more digits to come.
        QCOMPARE(m_window->controller().query().page, 1);
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(waitForRange(u"121–140 of 200"_s));
        QCOMPARE(pageField()->value(), 7);

        // A page that does not exist cannot be typed: the second 9 of 99 is refused.
        QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
        QVERIFY(type(u"99"_s));
        QCOMPARE(pageField()->text(), u"9"_s);
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(waitForRange(u"161–180 of 200"_s));

        // Up and Down step a page.
        QVERIFY(press(Qt::Key_Up));
        QVERIFY(waitForRange(u"181–200 of 200"_s));
        QCOMPARE(pageField()->value(), 10);
    }

    void aBiggerPageSizeMeansFewerPages()
    {
        QTest::mouseClick(button(u"lastPageButton"_s), Qt::LeftButton);
        QVERIFY(waitForRange(u"181–200 of 200"_s));
        auto *size = find<QComboBox>(u"pageSizeCombo"_s);
        size->setCurrentIndex(size->findData(100));
        QVERIFY(waitForRange(u"1–100 of 200"_s)); // back to the first page
        QCOMPARE(pageField()->value(), 1);
        QCOMPARE(pageCount(), u"of 2"_s);
        QCOMPARE(pageField()->maximum(), 2);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestPaging)
#include "tst_paging.moc"
