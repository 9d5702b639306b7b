// The accessibility audit of tests/support/AccessibilityAudit.h finds what a screen reader
// cannot get (an unnamed field, a label hiding its value, an image without a description, a
// disabled OK without a reason, an unnamed menu item) and nothing once each is mended: the
// screens tests (tst_accessibility, tst_portuguese_fit) can fail.
#include "tests/support/AccessibilityAudit.h"

#include "ui/common/WidgetHelpers.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class TestAccessibilityAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAuditHearsWhatIsMissing()
    {
        QDialog box;
        box.setObjectName(u"auditBox"_s);
        auto *layout = new QVBoxLayout(&box);
        auto *field = new QLineEdit; // no label, no name
        field->setObjectName(u"unnamedField"_s);
        auto *value = new QLabel(u"RUNNING"_s);
        value->setObjectName(u"hiddenValue"_s);
        value->setAccessibleName(u"Status"_s); // hides the value
        QPixmap dot(8, 8);
        dot.fill(Qt::red);
        auto *image = new QLabel;
        image->setObjectName(u"undescribedImage"_s);
        image->setPixmap(dot);
        image->setAccessibleName(u"Dot"_s);
        auto *ok = new QPushButton(u"OK"_s);
        ok->setObjectName(u"silentOk"_s);
        ok->setDefault(true);
        ok->setEnabled(false); // and no reason
        for (QWidget *widget : {static_cast<QWidget *>(field), static_cast<QWidget *>(value),
                                static_cast<QWidget *>(image), static_cast<QWidget *>(ok)})
            layout->addWidget(widget);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QStringList problems = vzaps::testing::accessibilityProblems(&box);
        QCOMPARE(problems.size(), 4);
        for (const QString &name :
             {u"unnamedField"_s, u"hiddenValue"_s, u"undescribedImage"_s, u"silentOk"_s})
            QVERIFY2(problems.join(u'\n').contains(name), qPrintable(problems.join(u'\n')));

        field->setAccessibleName(u"Name"_s);
        vzaps::ui::setPurpose(value, u"Status"_s);
        image->setAccessibleDescription(u"A red dot"_s);
        vzaps::ui::setEnabledSaying(ok, false, u"Type a name first."_s);
        QCOMPARE(vzaps::testing::accessibilityProblems(&box), QStringList());

        // A menu item without a name.
        QMenu menu;
        menu.addAction(u"&Open"_s);
        menu.addAction(QString());
        menu.popup(box.mapToGlobal(QPoint(0, 0)));
        QTRY_VERIFY(menu.isVisible());
        problems = vzaps::testing::accessibilityProblems(&menu);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(u"no name"_s));
        menu.close();
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibility_audit.moc"
