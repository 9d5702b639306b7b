// Renders the detail panel offscreen for a connected and a disconnected demo instance and, when
// VZAPS_SHOT_DIR is set, saves the grabs there as shot-detail-*.png for people to look at.
#include "core/api/InstancesApi.h"
#include "core/presentation/SessionWatcher.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/Shots.h"
#include "ui/detail/ConnectionView.h"
#include "ui/detail/DetailPanel.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <functional>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

class TestDetailPanelShots : public QObject
{
    Q_OBJECT

private:
    void shoot(const QString &instanceName, const QString &page, const QString &file,
               int width = 440, const std::function<void(ui::DetailPanel &)> &prepare = {})
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.started);
        QVERIFY(sandbox.control("POST", u"/_sandbox/config"_s, {{u"pair_after_polls"_s, 0}}).ok());
        std::optional<Instance> chosen;
        const QList<Instance> instances = sandbox.instances();
        for (const Instance &instance : instances) {
            if (instance.name == instanceName)
                chosen = instance;
        }
        QVERIFY(chosen);

        ui::DetailPanel panel(*sandbox.client);
        panel.resize(width, 860);
        panel.show();
        panel.showInstance(chosen);
        auto *connection = panel.findChild<ui::ConnectionView *>();
        if (page == u"pairingView"_s) {
            QTRY_COMPARE(connection->currentPage()->objectName(), u"notPairedView"_s);
            QTest::mouseClick(panel.findChild<QPushButton *>(u"pairButton"_s), Qt::LeftButton);
        }
        QTRY_COMPARE(connection->currentPage()->objectName(), page);
        if (page == u"pairingView"_s)
            QTRY_VERIFY(!panel.findChild<QLabel *>(u"pairingQrImage"_s)->pixmap().isNull());
        if (prepare)
            prepare(panel);
        QVERIFY(vzaps::testing::saveShot(&panel, file));
    }

private Q_SLOTS:
    void connected()
    {
        shoot(u"Padaria Pão Quente — Pedidos"_s, u"connectedView"_s,
              u"shot-detail-connected.png"_s);
    }
    void disconnected()
    {
        shoot(u"Escola Aprender+ Secretaria"_s, u"notPairedView"_s,
              u"shot-detail-disconnected.png"_s);
    }
    void pairing()
    {
        shoot(u"Escola Aprender+ Secretaria"_s, u"pairingView"_s, u"shot-detail-pairing.png"_s);
    }
    // Narrow, with a pairing code shown and the token revealed.
    void pairingCodeNarrow()
    {
        shoot(u"Loja Maré Alta"_s, u"pairingView"_s, u"shot-detail-code-narrow.png"_s, 340,
              [](ui::DetailPanel &panel) {
                  QTest::mouseClick(panel.findChild<QPushButton *>(u"detailRevealTokenButton"_s),
                                    Qt::LeftButton);
                  QTest::keyClicks(panel.findChild<QLineEdit *>(u"pairingPhoneEdit"_s),
                                   u"5511987654321"_s);
                  QTest::mouseClick(panel.findChild<QPushButton *>(u"pairingGetCodeButton"_s),
                                    Qt::LeftButton);
                  auto *code = panel.findChild<QLineEdit *>(u"pairingCodeValue"_s);
                  QTRY_VERIFY(code->isVisibleTo(&panel));
                  // Scrolled down to the code by itself, where people look.
                  QTRY_VERIFY(!code->visibleRegion().isEmpty());
              });
    }
};

QTEST_MAIN(TestDetailPanelShots)
#include "tst_detailpanel_shots.moc"
