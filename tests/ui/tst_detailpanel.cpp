// The detail panel against a real in-process sandbox, instance side: the selected instance's
// fields, the masked token, Copy, "Other" fields and the web link hand-off.
// (tst_detailpanel_connection covers the WhatsApp connection section.)
#include "core/api/InstancesApi.h"
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/SessionWatcher.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/UrlCatcher.h"
#include "tests/ui/DetailPanelFixture.h"
#include "ui/detail/ChipLabel.h"
#include "ui/detail/DetailPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QUrl>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

class TestDetailPanel : public QObject, protected DetailPanelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = setUpPanel();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { tearDownPanel(); }

    void emptyStateForNothingSelected()
    {
        auto *stack = child<QStackedWidget>(u"detailStack"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"detailEmptyState"_s);
        m_panel->showInstance(padaria());
        QCOMPARE(stack->currentWidget()->objectName(), u"detailScrollArea"_s);
        m_panel->showInstance(std::nullopt);
        QCOMPARE(stack->currentWidget()->objectName(), u"detailEmptyState"_s);
        QVERIFY(child(u"detailEmptyState"_s)->text().contains(u"Select an instance"_s));
        QCOMPARE(watcher()->view(), SessionWatcher::View::None);
    }

    void showsTheSelectedInstancesFields()
    {
        const Instance instance = padaria();
        m_panel->showInstance(instance);
        QCOMPARE(child(u"detailTitle"_s)->text(), instance.name);
        QCOMPARE(child<QLineEdit>(u"detailIdValue"_s)->text(), instance.id);
        QVERIFY(child<QLineEdit>(u"detailIdValue"_s)->isReadOnly());
        QCOMPARE(child(u"detailWebhookValue"_s)->text(), u"https://hooks.paoquente.com.br/vzaps"_s);
        const auto events = m_panel->findChildren<ui::ChipLabel *>(u"detailEventChip"_s);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0)->text(), u"Message"_s);
        QCOMPARE(child(u"detailBillingBadge"_s)->text(), u"Active"_s);
        QCOMPARE(child(u"detailConnectionBadge"_s)->text(), u"Connected"_s);
        QCOMPARE(child(u"detailStatusValue"_s)->text(), instance.status);
        QCOMPARE(child(u"detailRejectCallsValue"_s)->text(), u"No"_s);
        QCOMPARE(child(u"detailAutoReadValue"_s)->text(), u"No"_s);
        QCOMPARE(m_panel->findChildren<ui::ChipLabel *>(u"detailLabelChip"_s).size(), 2);
        // Exact and local in the panel, how long ago in the tooltip.
        QCOMPARE(child(u"detailCreatedValue"_s)->text(), format::exactTime(instance.createdAt));
        QVERIFY(child(u"detailCreatedValue"_s)->toolTip().endsWith(u"ago"_s));
        QCOMPARE(child(u"detailCancelAtValue"_s)->text(), u"Not set"_s);
        QVERIFY(child(u"detailWebUrlLink"_s)->text().contains(instance.url));
        QCOMPARE(child(u"detailWebUrlLink"_s)->toolTip(), instance.url);
        // No unknown fields in the sandbox's instances: no "Other" section.
        QVERIFY(!child<QWidget>(u"detailOtherSection"_s)->isVisibleTo(m_panel.get()));

        // Another instance replaces everything, chips included.
        const Instance other = loja();
        m_panel->showInstance(other);
        QCOMPARE(child(u"detailTitle"_s)->text(), other.name);
        QCOMPARE(child(u"detailBillingBadge"_s)->text(), u"Trialing"_s);
        QCOMPARE(child(u"detailConnectionBadge"_s)->text(), u"Disconnected"_s);
        QCOMPARE(child(u"detailWebhookValue"_s)->text(), u"None"_s);
        QCOMPARE(m_panel->findChildren<ui::ChipLabel *>(u"detailEventChip"_s).size(), 0);
    }

    void everyControlHasAnAccessibleName()
    {
        m_panel->showInstance(padaria());
        const auto widgets = m_panel->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->focusPolicy() && !qobject_cast<const QLabel *>(widget))
                continue;
            if (widget->objectName().startsWith(u"qt_"_s) || widget->inherits("QScrollBar"))
                continue;
            const auto *label = qobject_cast<const QLabel *>(widget);
            // Captions name their buddy; the buddy carries the accessible name.
            if (label && label->buddy())
                continue;
            if (label && widget->objectName().isEmpty())
                continue; // plain captions ("Status:") are read as text
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!vzaps::testing::spokenName(widget).isEmpty(),
                     qPrintable(widget->objectName()));
        }
    }

    void tokenIsHiddenUntilReveal()
    {
        const Instance first = padaria();
        QVERIFY(!first.token.isEmpty());
        m_panel->showInstance(first);
        auto *token = child<QLineEdit>(u"detailTokenValue"_s);
        auto *reveal = child<QPushButton>(u"detailRevealTokenButton"_s);
        QVERIFY(!token->text().contains(first.token));
        QCOMPARE(token->text(), u"••••••••"_s);

        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->text(), first.token);
        QVERIFY(token->isReadOnly());
        QCOMPARE(token->focusPolicy(), Qt::StrongFocus); // selectable from the keyboard too
        token->selectAll();
        QCOMPARE(token->selectedText(), first.token);
        QCOMPARE(reveal->text(), u"Hide"_s);

        // A refresh of the same instance keeps it revealed...
        m_panel->showInstance(first);
        QCOMPARE(token->text(), first.token);
        // ...nothing selected and then the same one again hides it...
        m_panel->showInstance(std::nullopt);
        m_panel->showInstance(first);
        QCOMPARE(token->text(), u"••••••••"_s);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->text(), first.token);
        // ...and so does another instance.
        const Instance second = loja();
        m_panel->showInstance(second);
        QVERIFY(!token->text().contains(second.token));
        QVERIFY(!token->text().contains(first.token));
        QCOMPARE(reveal->text(), u"Reveal"_s);

        // Hide works from the keyboard too.
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->text(), second.token);
        reveal->setFocus();
        QTest::keyClick(reveal, Qt::Key_Space);
        QCOMPARE(token->text(), u"••••••••"_s);
    }

    void copyPutsTheTokenAndIdOnTheClipboard()
    {
        const Instance instance = padaria();
        m_panel->showInstance(instance);
        QSignalSpy messages(m_panel.get(), &ui::DetailPanel::message);

        QTest::mouseClick(child<QPushButton>(u"detailCopyIdButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), instance.id);
        QCOMPARE(messages.size(), 1);

        // Copy works while the token is still masked.
        QTest::mouseClick(child<QPushButton>(u"detailCopyTokenButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), instance.token);
        QCOMPARE(messages.size(), 2);
        QVERIFY(!messages.at(1).at(0).toString().contains(instance.token));
        QCOMPARE(child<QLineEdit>(u"detailTokenValue"_s)->text(), u"••••••••"_s);

        QTest::mouseClick(child<QPushButton>(u"detailCopyWebUrlButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), instance.url);
    }

    void unknownFieldsAppearInOther()
    {
        QJsonObject raw = padaria().raw;
        raw.insert(u"plan"_s, QJsonObject{{u"tier"_s, u"pro"_s}, {u"seats"_s, 3}});
        raw.insert(u"region"_s, u"sa-east-1"_s);
        raw.insert(u"beta_flags"_s, QJsonArray{u"a"_s, u"b"_s});
        const Instance instance = Instance::fromJson(raw);
        QCOMPARE(instance.unknownFieldNames().size(), 3);
        m_panel->showInstance(instance);
        QVERIFY(child<QWidget>(u"detailOtherSection"_s)->isVisibleTo(m_panel.get()));
        QCOMPARE(child(u"detailOther_plan"_s)->text(), u"{\"seats\":3,\"tier\":\"pro\"}"_s);
        QCOMPARE(child(u"detailOther_region"_s)->text(), u"sa-east-1"_s);
        QCOMPARE(child(u"detailOther_beta_flags"_s)->text(), u"[\"a\",\"b\"]"_s);
        QCOMPARE(child(u"detailOtherLabel_region"_s)->text(), u"region:"_s);

        m_panel->showInstance(loja());
        QVERIFY(!child<QWidget>(u"detailOtherSection"_s)->isVisibleTo(m_panel.get()));
        QVERIFY(!child(u"detailOther_region"_s));
    }

    void webLinkGoesThroughTheHandOffGuard()
    {
        vzaps::testing::UrlCatcher catcher;
        QSignalSpy messages(m_panel.get(), &ui::DetailPanel::message);

        const Instance instance = padaria();
        m_panel->showInstance(instance);
        auto *link = child(u"detailWebUrlLink"_s);
        Q_EMIT link->linkActivated(instance.url);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(instance.url)});
        QCOMPARE(messages.size(), 0);

        QJsonObject raw = instance.raw;
        raw.insert(u"url"_s, u"http://app.example.com/instances/x"_s);
        m_panel->showInstance(Instance::fromJson(raw));
        Q_EMIT link->linkActivated(u"http://app.example.com/instances/x"_s);
        QCOMPARE(catcher.urls.size(), 1); // refused, not opened
        QCOMPARE(messages.size(), 1);
    }
};

QTEST_MAIN(TestDetailPanel)
#include "tst_detailpanel.moc"
