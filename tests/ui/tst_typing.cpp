// Typed input is never lost: every dialog the main window opens takes typing in its first
// field, Space toggles a focused checkbox and never presses Cancel, Enter sends only a valid
// form, Escape asks before it throws typed text away, and Ctrl+F reaches the search field at
// any window size. Keys go to whatever has the focus (tests/support/Keyboard.h), and dialogs
// are found as the active window, as a person finds them.
#include "tests/support/Keyboard.h"
#include "tests/ui/WindowActionsFixture.h"

#include "ui/actions/InstanceCommands.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

using testing::press;
using testing::type;
using testing::waitForActiveWindow;

class TestTyping : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;

    // Ctrl+N from the table, as a person starts a new instance.
    QDialog *openNewInstance()
    {
        m_fixture.table()->setFocus();
        if (!press(Qt::Key_N, Qt::ControlModifier))
            return nullptr;
        return waitForActiveWindow<QDialog>(u"createInstanceDialog"_s);
    }

    int rowNamed(const QString &name) const
    {
        return m_fixture.rowWhere([&](const Instance &i) { return i.name == name; });
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_typing"_s); }
    void init() { QVERIFY(m_fixture.start()); }
    void cleanup() { m_fixture.stop(); }

    void newInstanceTakesTypingInItsName()
    {
        QDialog *dialog = openNewInstance();
        QVERIFY(dialog);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"nameEdit"_s));
        QVERIFY(type(u"Loja Centro"_s)); // the space must not reach a button
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Loja Centro"_s);
    }

    void editOpensWithTheCursorAfterTheName()
    {
        const int row = rowNamed(u"Pet Shop Amigo Fiel"_s);
        QVERIFY(row >= 0);
        m_fixture.selectRows({row});
        m_fixture.table()->setFocus();
        QVERIFY(press(Qt::Key_F2));
        auto *dialog = waitForActiveWindow<QDialog>(u"editInstanceDialog"_s);
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        QCOMPARE(QApplication::focusWidget(), name);
        // The cursor waits after the name, nothing selected: typing adds to it.
        QVERIFY(type(u" Norte"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(name->text(), u"Pet Shop Amigo Fiel Norte"_s);
    }

    void spaceTogglesTheFocusedCheckboxAndTabEndsOnTheButtons()
    {
        QDialog *dialog = openNewInstance();
        QVERIFY(dialog);
        // Tab from the name walks the fields before it reaches OK and Cancel.
        QCheckBox *check = nullptr;
        for (int i = 0; i < 30 && !check; ++i) {
            QVERIFY(press(Qt::Key_Tab));
            QVERIFY2(!qobject_cast<QPushButton *>(QApplication::focusWidget()),
                     "Tab reached a button before the checkboxes");
            check = qobject_cast<QCheckBox *>(QApplication::focusWidget());
        }
        QVERIFY(check);
        const bool before = check->isChecked();
        QVERIFY(press(Qt::Key_Space));
        QCOMPARE(check->isChecked(), !before);
        QVERIFY(dialog->isVisible());
    }

    void enterSendsOnlyAValidForm()
    {
        const int rowsBefore = m_fixture.model()->rowCount();
        QDialog *dialog = openNewInstance();
        QVERIFY(dialog);
        QVERIFY(type(u"Lo"_s)); // too short: OK is disabled
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled());
        QVERIFY(type(u"ja Enter"_s));
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(m_fixture.window->currentInstance() &&
                    m_fixture.window->currentInstance()->name == u"Loja Enter"_s);
        QCOMPARE(m_fixture.model()->rowCount(), rowsBefore + 1);
    }

    void escapeAsksBeforeLosingWhatWasTyped()
    {
        QPointer<QDialog> dialog = openNewInstance();
        QVERIFY(dialog);
        QVERIFY(type(u"Loja Sul"_s));
        QVERIFY(press(Qt::Key_Escape));
        auto *question = waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QVERIFY(dialog->isVisible());

        // Escape on the question keeps editing, with the text where it was.
        QVERIFY(press(Qt::Key_Escape));
        QVERIFY(waitForActiveWindow(u"createInstanceDialog"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Loja Sul"_s);

        // Asked again, Discard closes it.
        QVERIFY(press(Qt::Key_Escape));
        question = waitForActiveWindow<QMessageBox>(u"discardQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void escapeClosesAnUntouchedDialogAtOnce()
    {
        QPointer<QDialog> dialog = openNewInstance();
        QVERIFY(dialog);
        QVERIFY(press(Qt::Key_Escape));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(!m_fixture.window->findChild<QMessageBox *>(u"discardQuestion"_s));
    }

    void aQuestionWithoutFieldsStartsOnItsAnswer()
    {
        const int row = rowNamed(u"Pet Shop Amigo Fiel"_s);
        QVERIFY(row >= 0);
        m_fixture.selectRows({row});
        m_fixture.window->commands().action(InstanceAction::Restart)->trigger();
        auto *dialog = waitForActiveWindow<QDialog>(u"restartDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QPushButton *>(u"okButton"_s));
        QVERIFY(press(Qt::Key_Space));
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->isVisible());
    }

    void deleteTakesTheNameTypedWhereTheFocusIs()
    {
        const QString name = u"Pet Shop Amigo Fiel"_s;
        const int row = rowNamed(name);
        QVERIFY(row >= 0);
        m_fixture.selectRows({row});
        m_fixture.table()->setFocus();
        QVERIFY(press(Qt::Key_Delete));
        QVERIFY(waitForActiveWindow(u"deleteInstanceDialog"_s));
        QVERIFY(type(name));
        QVERIFY(press(Qt::Key_Return));
        QTRY_COMPARE(rowNamed(name), -1);
    }

    void deleteTakesTheNameTypedWithoutAccentsOrCapitals()
    {
        const QString name = u"Ótica Visão Clara"_s;
        const int row = rowNamed(name);
        QVERIFY(row >= 0);
        m_fixture.selectRows({row});
        m_fixture.table()->setFocus();
        QVERIFY(press(Qt::Key_Delete));
        auto *dialog = waitForActiveWindow<QDialog>(u"deleteInstanceDialog"_s);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(type(u"otica visao"_s));
        QVERIFY(!ok->isEnabled()); // the whole name is still needed
        QVERIFY(type(u" clara"_s));
        QVERIFY(ok->isEnabled());
        QVERIFY(press(Qt::Key_Return));
        QTRY_COMPARE(rowNamed(name), -1);
    }

    void bulkDeleteTakesTheCountTypedWhereTheFocusIs()
    {
        const int first = rowNamed(u"Pet Shop Amigo Fiel"_s);
        const int second = rowNamed(u"Oficina Roda Viva"_s);
        QVERIFY(first >= 0 && second >= 0);
        m_fixture.selectRows({first, second});
        m_fixture.table()->setFocus();
        QVERIFY(press(Qt::Key_Delete));
        auto *dialog = waitForActiveWindow<QDialog>(u"bulkActionDialog"_s);
        QVERIFY(dialog);
        QVERIFY(type(u"2"_s));
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(rowNamed(u"Pet Shop Amigo Fiel"_s) < 0 && rowNamed(u"Oficina Roda Viva"_s) < 0);
    }

    void ctrlFReachesTheSearchFieldInASmallWindow()
    {
        m_fixture.window->resize(800, 600);
        QTRY_COMPARE(m_fixture.window->width(), 800);
        m_fixture.table()->setFocus();
        QVERIFY(press(Qt::Key_F, Qt::ControlModifier));
        auto *search = m_fixture.window->findChild<QLineEdit *>(u"searchField"_s);
        QCOMPARE(QApplication::focusWidget(), search);
        QVERIFY(search->isVisible());
        QVERIFY(search->width() >= 150); // room to see what is typed
        QVERIFY(type(u"Pet Shop"_s));
        QCOMPARE(search->text(), u"Pet Shop"_s);
        QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestTyping)
#include "tst_typing.moc"
