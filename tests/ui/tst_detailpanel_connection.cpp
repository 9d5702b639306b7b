// The detail panel's WhatsApp connection section against a real in-process sandbox: the
// connected account and its picture, the pairing QR until paired, the pairing code, errors with
// Retry, and no polling while hidden or after switching instances.
#include "core/api/InstancesApi.h"
#include "core/presentation/SessionWatcher.h"
#include "tests/support/IsolatedSettings.h"
#include "tests/ui/DetailPanelFixture.h"
#include "ui/detail/Avatar.h"
#include "ui/detail/ConnectedView.h"
#include "ui/detail/ConnectionView.h"
#include "ui/detail/DetailPanel.h"
#include "ui/detail/PairingView.h"
#include "ui/detail/ProfilePictureLoader.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

// Catches what BrowserHandOff gives to QDesktopServices.
// Emits `seen` for every QR poll the sandbox answers.
class QrRequests : public QObject
{
    Q_OBJECT
public:
    explicit QrRequests(vzsandbox::SandboxServer *server)
    {
        connect(server, &vzsandbox::SandboxServer::requestLogged, this,
                [this](const QString &line) {
                    if (line.contains(u"/session/qr"_s))
                        Q_EMIT seen();
                });
    }
Q_SIGNALS:
    void seen();
};

class TestDetailPanelConnection : public QObject, protected DetailPanelFixture
{
    Q_OBJECT

private:
    QWidget *connectionPage() const
    {
        return m_panel->findChild<ui::ConnectionView *>()->currentPage();
    }

    // Shows `instance` and presses Pair WhatsApp once it says it is not connected.
    bool startPairing(const Instance &instance)
    {
        m_panel->show();
        m_panel->showInstance(instance);
        if (!QTest::qWaitFor(
                [this] { return connectionPage()->objectName() == u"notPairedView"_s; }))
            return false;
        QTest::mouseClick(child<QPushButton>(u"pairButton"_s), Qt::LeftButton);
        return QTest::qWaitFor(
            [this] { return connectionPage()->objectName() == u"pairingView"_s; });
    }

    // The pairing view of "Loja Maré Alta", shown with its first QR code.
    bool showPairing()
    {
        if (!startPairing(loja()))
            return false;
        return QTest::qWaitFor([this] {
            return connectionPage()->objectName() == u"pairingView"_s &&
                   !child(u"pairingQrImage"_s)->pixmap().isNull();
        });
    }

private Q_SLOTS:
    // Save dialogs remember their folder in QSettings: the test's own, not the user's.
    void initTestCase() { testing::isolateSettings(u"tst_detailpanel_connection"_s); }

    void init()
    {
        const QString problem = setUpPanel();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { tearDownPanel(); }

    void profilePictureIsFetchedAndCached()
    {
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QString pictureUrl =
            u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());

        ui::ConnectedView view(m_sandbox->client->network());
        auto *avatar = view.findChild<ui::Avatar *>(u"connectedAvatar"_s);
        auto *loader = view.findChild<ui::ProfilePictureLoader *>();
        QVERIFY(avatar && loader);
        SessionStatus status;
        status.connected = true;
        status.pushName = u"Ana Souza"_s;
        status.profilePictureUrl = pictureUrl;
        view.setSession(status, u"Loja"_s, {});
        QTRY_VERIFY(avatar->hasPicture());
        QVERIFY(loader->isCached(QUrl(pictureUrl)));

        // A picture that cannot be fetched: initials of the push name.
        status.profilePictureUrl = m_sandbox->server->baseUrl().toString() + u"/no-such.png"_s;
        view.setSession(status, u"Loja"_s, {});
        QVERIFY(!avatar->hasPicture());
        QTRY_VERIFY(!loader->isLoading());
        QVERIFY(!avatar->hasPicture());
        QCOMPARE(avatar->initials(), u"AS"_s);
        QVERIFY(loader->isCached(QUrl(status.profilePictureUrl))); // a 404 is not asked again

        // No push name, no picture: the instance name gives the initials.
        status.pushName.clear();
        status.profilePictureUrl.clear();
        view.setSession(status, u"Padaria Pão Quente — Pedidos"_s, {});
        QCOMPARE(avatar->initials(), u"PP"_s);

        // Back to the first picture: from the cache, at once.
        status.profilePictureUrl = pictureUrl;
        view.setSession(status, u"Loja"_s, {});
        QVERIFY(avatar->hasPicture());
        QVERIFY(!loader->isLoading());
    }

    void qrImageIsDecodedOnlyAtAPlausibleSize()
    {
        const auto pngOf = [](int side) {
            QImage image(side, side, QImage::Format_Mono);
            image.fill(1);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return png;
        };
        ui::PairingView view;
        auto *qr = view.findChild<QLabel *>(u"pairingQrImage"_s);
        QVERIFY(qr);
        view.setQrImage(pngOf(41));
        QVERIFY(!qr->pixmap().isNull());
        // A few KiB of PNG that would decode to 400 MB of pixels: not decoded, and said so.
        const QByteArray bomb = pngOf(20000);
        QVERIFY(bomb.size() < SessionQr::kMaxImageBytes);
        view.setQrImage(bomb);
        QVERIFY(qr->pixmap().isNull());
        QCOMPARE(qr->text(), u"The QR code is unreadable."_s);
    }

    void connectedInstanceShowsTheAccount()
    {
        m_panel->show();
        m_panel->showInstance(padaria());
        QCOMPARE(connectionPage()->objectName(), u"connectionLoading"_s);
        QTRY_COMPARE(connectionPage()->objectName(), u"connectedView"_s);
        const QString phone = watcher()->status().phone;
        QVERIFY(!phone.isEmpty());
        // A Brazilian mobile of the sandbox, grouped as Brazilians read it.
        QVERIFY2(phone.size() == 13 && phone.startsWith(u"55"_s), qPrintable(phone));
        QCOMPARE(child(u"connectedPhone"_s)->text(),
                 u"+55 %1 %2-%3"_s.arg(phone.mid(2, 2), phone.mid(4, 5), phone.mid(9)));
        QCOMPARE(child(u"connectedPushName"_s)->text(), watcher()->status().pushName);
        QCOMPARE(child(u"connectedAbout"_s)->text(), u"Available"_s);
        QVERIFY(!child(u"connectedSince"_s)->text().isEmpty());
        QVERIFY(!child(u"connectedBusinessName"_s)->isVisibleTo(m_panel.get()));
        QVERIFY(!watcher()->isPolling());
    }

    void lookingAtADisconnectedInstanceStartsNoPairing()
    {
        QrRequests qr(m_sandbox->server.get());
        QSignalSpy requests(&qr, &QrRequests::seen);
        m_panel->show();
        m_panel->showInstance(loja());
        QTRY_COMPARE(connectionPage()->objectName(), u"notPairedView"_s);
        QVERIFY(child(u"notPairedText"_s)->text().startsWith(u"Not connected to WhatsApp."_s));
        QVERIFY(child<QPushButton>(u"pairButton"_s)->isVisibleTo(m_panel.get()));
        QVERIFY(!watcher()->isPolling());
        // Asking for a QR starts pairing on the server: nothing asks for one unasked.
        QVERIFY(!requests.wait(500));
    }

    void pairingFromTheKeyboardKeepsTheFocusInThePanel()
    {
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->showInstance(loja());
        QTRY_COMPARE(connectionPage()->objectName(), u"notPairedView"_s);
        child<QPushButton>(u"pairButton"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(connectionPage()->objectName(), u"pairingView"_s);
        // The button is gone; the focus went to the pairing form, not nowhere.
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"pairingPhoneEdit"_s);
    }

    void altWPairsFromAnywhereInThePanelAndFocusesTheForm()
    {
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->showInstance(loja());
        QTRY_COMPARE(connectionPage()->objectName(), u"notPairedView"_s);
        child<QWidget>(u"detailIdValue"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
        QTRY_COMPARE(connectionPage()->objectName(), u"pairingView"_s);
        QTRY_VERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"pairingPhoneEdit"_s);
    }

    void aCanceledInstanceOffersNoPairing()
    {
        const Instance canceled = named(u"Ótica Visão Clara"_s);
        QCOMPARE(canceled.billingStatus, u"CANCELED"_s);
        m_panel->show();
        m_panel->showInstance(canceled);
        QTRY_COMPARE(connectionPage()->objectName(), u"notPairedView"_s);
        QVERIFY(child(u"notPairedText"_s)->text().contains(u"cannot be paired"_s));
        QVERIFY(!child<QPushButton>(u"pairButton"_s)->isVisibleTo(m_panel.get()));
    }

    void pairingViewUntilPairedThenConnected()
    {
        const Instance instance = loja();
        QVERIFY(startPairing(instance));
        auto *qr = child(u"pairingQrImage"_s);
        QTRY_VERIFY(!qr->pixmap().isNull());
        // Scaled by whole pixels to a scannable size.
        QVERIFY(qr->pixmap().width() >= 180);
        QTRY_VERIFY(watcher()->isPolling());
        QCOMPARE(child(u"detailConnectionBadge"_s)->text(), u"Disconnected"_s);

        QVERIFY(
            m_sandbox
                ->control("POST", u"/_sandbox/instances/%1/pair"_s.arg(instance.id),
                          {{u"phone"_s, u"5511987654321"_s}, {u"push_name"_s, u"Maria Teste"_s}})
                .ok());
        QTRY_COMPARE(connectionPage()->objectName(), u"connectedView"_s);
        QCOMPARE(child(u"connectedPhone"_s)->text(), u"+55 11 98765-4321"_s);
        QCOMPARE(child(u"connectedPushName"_s)->text(), u"Maria Teste"_s);
        QCOMPARE(child(u"detailConnectionBadge"_s)->text(), u"Connected"_s);
        // The store learned it too, so the row and the summary say the same.
        QCOMPARE(m_store->find(instance.id)->connected, std::optional<bool>(true));
        QCOMPARE(m_store->find(instance.id)->whatsappPushName, u"Maria Teste"_s);
        QCOMPARE(child(u"connectedSince"_s)->text(), u"just now"_s);
        QVERIFY(!watcher()->isPolling());
        // No picture in the sandbox: initials of the push name.
        auto *avatar = child<QWidget>(u"connectedAvatar"_s);
        QVERIFY(avatar->accessibleName().contains(u"Maria Teste"_s));
    }

    void pairingCodeFormShowsTheCode()
    {
        QVERIFY(startPairing(loja()));
        auto *phone = child<QLineEdit>(u"pairingPhoneEdit"_s);
        auto *getCode = child<QPushButton>(u"pairingGetCodeButton"_s);
        auto *code = child<QLineEdit>(u"pairingCodeValue"_s);
        QVERIFY(!getCode->isEnabled());
        QTest::keyClicks(phone, u"+55 11 98765-4321"_s);
        QVERIFY(getCode->isEnabled());
        QTest::keyClick(phone, Qt::Key_Return); // Enter asks too
        QTRY_VERIFY(code->isVisibleTo(m_panel.get()));
        QVERIFY(QRegularExpression(u"^[A-Z0-9]{4}-[A-Z0-9]{4}$"_s).match(code->text()).hasMatch());
        QVERIFY(code->isReadOnly());
        // One click selects the whole code, hyphen included, as the one word it is.
        QTest::mouseClick(code, Qt::LeftButton, {}, QPoint(code->width() / 4, code->height() / 2));
        QCOMPARE(code->selectedText(), code->text());
        // Shown whole, not scrolled inside its field.
        QVERIFY(code->width() >= code->fontMetrics().horizontalAdvance(code->text()));

        // A refusal shows the server's message instead.
        QVERIFY(
            m_sandbox
                ->control("POST", u"/_sandbox/fail-next"_s,
                          {{u"status"_s, 422},
                           {u"path_prefix"_s, u"/instances/%1/session/paircode"_s.arg(loja().id)},
                           {u"message"_s, u"This number cannot be linked."_s}})
                .ok());
        QTest::mouseClick(getCode, Qt::LeftButton);
        auto *error = child(u"pairingCodeError"_s);
        QTRY_VERIFY(error->isVisibleTo(m_panel.get()));
        QVERIFY2(error->text().contains(u"This number cannot be linked."_s),
                 qPrintable(error->text()));
        QVERIFY(!code->isVisibleTo(m_panel.get()));

        // Another instance starts with an empty form.
        m_panel->showInstance(named(u"Farmácia Vida Plena"_s));
        QVERIFY(phone->text().isEmpty());
        QVERIFY(!error->isVisibleTo(m_panel.get()));
    }

    void theCodeIsCopiedAndScrolledIntoView()
    {
        m_panel->resize(400, 420); // the code arrives below the fold
        QVERIFY(showPairing());
        auto *code = child<QLineEdit>(u"pairingCodeValue"_s);
        QVERIFY(code->visibleRegion().isEmpty());
        QTest::keyClicks(child<QLineEdit>(u"pairingPhoneEdit"_s), u"5511987654321"_s);
        QTest::mouseClick(child<QPushButton>(u"pairingGetCodeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(code->isVisibleTo(m_panel.get()));
        // Scrolled to: the whole code and its Copy button are on screen.
        auto *copy = child<QPushButton>(u"pairingCopyCodeButton"_s);
        QTRY_COMPARE(code->visibleRegion().boundingRect(), code->rect());
        QCOMPARE(copy->visibleRegion().boundingRect(), copy->rect());

        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), code->text());
        QCOMPARE(copy->text(), u"Copied"_s);
        QVERIFY(child(u"pairingStatus"_s)->isVisible());
        QVERIFY(child(u"pairingStatus"_s)->text().startsWith(u"Pairing code copied."_s));
    }

    void theQrIsCopiedAndSavedAsAnImage()
    {
        QVERIFY(showPairing());
        auto *copy = child<QPushButton>(u"pairingCopyQrButton"_s);
        auto *save = child<QPushButton>(u"pairingSaveQrButton"_s);
        QVERIFY(copy->isEnabled() && save->isEnabled());
        const QSize shown = child(u"pairingQrImage"_s)->pixmap().size();

        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), shown); // crisp, as on screen
        QVERIFY(child(u"pairingStatus"_s)->text().startsWith(u"QR code copied as an image."_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTest::mouseClick(save, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"saveQrDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(u"whatsapp-pairing-qr.png"_s));
        const QString path = dir.filePath(u"for-the-customer.png"_s);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        const QImage saved(path);
        QCOMPARE(saved.size(), shown);
        QVERIFY(child(u"pairingStatus"_s)->text().startsWith(u"Saved the QR code to "_s));
        QVERIFY(child(u"pairingStatus"_s)->text().contains(QDir::toNativeSeparators(path)));

        // A place that cannot be written says so and why.
        QFile blocker(dir.filePath(u"blocker"_s)); // a file where a folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"saveQrDialog"_s)) &&
                    dialog->isVisible());
        // The next one starts where the last was saved.
        QCOMPARE(dialog->directory().absolutePath(), dir.path());
        const QString bad = dir.filePath(u"blocker/qr.png"_s);
        dialog->selectFile(bad);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_VERIFY(child(u"pairingStatus"_s)->text().startsWith(u"Could not save the QR code"_s));
        QVERIFY(!QFile::exists(bad));
    }

    void keyboardReachesThePairingControls()
    {
        m_panel->activateWindow();
        QVERIFY(startPairing(loja()));
        // Tab from the ID walks the panel in reading order and reaches the pairing form.
        QStringList order;
        QWidget *widget = child<QWidget>(u"detailIdValue"_s);
        widget->setFocus();
        for (int i = 0; i < 20 && widget; ++i) {
            order.append(widget->objectName());
            widget = widget->nextInFocusChain();
            while (widget && (!widget->isVisibleTo(m_panel.get()) ||
                              !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled()))
                widget = widget->nextInFocusChain();
        }
        QVERIFY(order.contains(u"pairingPhoneEdit"_s));
        QVERIFY(order.indexOf(u"detailCopyIdButton"_s) < order.indexOf(u"detailCopyTokenButton"_s));
        QVERIFY(order.indexOf(u"detailCopyTokenButton"_s) < order.indexOf(u"pairingPhoneEdit"_s));
    }

    void hidingThePanelEndsPairing()
    {
        QVERIFY(startPairing(loja()));
        QTRY_VERIFY(watcher()->isPolling());

        QrRequests qr(m_sandbox->server.get());
        QSignalSpy requests(&qr, &QrRequests::seen);
        m_panel->hide();
        QVERIFY(!watcher()->isPolling());
        QVERIFY(!watcher()->isActive());
        // A request already on the wire may still arrive; after that, none.
        while (requests.wait(500))
            QVERIFY2(requests.size() <= 1, "the QR was polled while hidden");

        // Shown again: not connected, and pairing waits for the button.
        m_panel->show();
        QCOMPARE(connectionPage()->objectName(), u"notPairedView"_s);
        requests.clear();
        QVERIFY(!requests.wait(500));
    }

    void pairingRunsOutWithAButtonForANewCode()
    {
        m_panel->showInstance(loja()); // builds the connection view and its watcher
        watcher()->setPairingTimeout(std::chrono::milliseconds(1500));
        QVERIFY(showPairing());
        QTRY_COMPARE(connectionPage()->objectName(), u"notPairedView"_s);
        QCOMPARE(watcher()->view(), SessionWatcher::View::Expired);
        QVERIFY(child(u"notPairedText"_s)->text().contains(u"expired"_s));
        QVERIFY(!watcher()->isPolling());
        auto *again = child<QPushButton>(u"pairButton"_s);
        QCOMPARE(again->text(), u"Show a new &QR code"_s);
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE(connectionPage()->objectName(), u"pairingView"_s);
        QTRY_VERIFY(!child(u"pairingQrImage"_s)->pixmap().isNull());
    }

    void anUnreachableServerShowsNoQrAsCurrent()
    {
        QVERIFY(showPairing());
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/fail-next"_s,
                              {{u"status"_s, 503},
                               {u"path_prefix"_s, u"/instances/%1/session/qr"_s.arg(loja().id)},
                               {u"count"_s, 1}})
                    .ok());
        QTRY_COMPARE(connectionPage()->objectName(), u"connectionError"_s);
        QVERIFY(watcher()->qr().qrCodeDataUrl.isEmpty());
        QVERIFY(!watcher()->isPolling());
        // Retry picks the pairing up again.
        QTest::mouseClick(child<QPushButton>(u"connectionRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE(connectionPage()->objectName(), u"pairingView"_s);
        QTRY_VERIFY(watcher()->isPolling());
    }

    void anotherInstanceStopsTheOldPolling()
    {
        QVERIFY(startPairing(loja()));
        QTRY_VERIFY(watcher()->isPolling());
        m_panel->showInstance(padaria());
        QCOMPARE(watcher()->instanceId(), padaria().id);
        QVERIFY(!watcher()->isPolling());
        QTRY_COMPARE(connectionPage()->objectName(), u"connectedView"_s);
        m_panel->showInstance(std::nullopt);
        QCOMPARE(watcher()->view(), SessionWatcher::View::None);
        QVERIFY(!watcher()->isPolling());
    }

    void statusErrorShowsRetry()
    {
        m_panel->show();
        const Instance instance = padaria();
        QVERIFY(
            m_sandbox
                ->control("POST", u"/_sandbox/fail-next"_s,
                          {{u"status"_s, 404},
                           {u"path_prefix"_s, u"/instances/%1/session/status"_s.arg(instance.id)},
                           {u"message"_s, u"Instance is gone."_s}})
                .ok());
        QSignalSpy messages(m_panel.get(), &ui::DetailPanel::message);
        m_panel->showInstance(instance);
        QTRY_COMPARE(connectionPage()->objectName(), u"connectionError"_s);
        QVERIFY(child(u"connectionErrorText"_s)->text().contains(u"Instance is gone."_s));
        QCOMPARE(messages.size(), 1); // and on the status bar
        QVERIFY(messages.at(0).at(0).toString().contains(u"404"_s));
        QTest::mouseClick(child<QPushButton>(u"connectionRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE(connectionPage()->objectName(), u"connectedView"_s);
    }
};

QTEST_MAIN(TestDetailPanelConnection)
#include "tst_detailpanel_connection.moc"
