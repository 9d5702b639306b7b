#include "ui/detail/PairingView.h"

#include "core/presentation/DisplayText.h"
#include "ui/common/SaveFileDialog.h"

#include "ui/common/WidgetHelpers.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

int digitCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }));
}

// The pairing code, read-only: a click or the keyboard focus selects all of it, hyphen
// included, so it is copied as the one word it is (a double click would stop at "-").
class CodeField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QLineEdit::focusInEvent(event);
        selectAll();
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLineEdit::mouseReleaseEvent(event);
        if (!hasSelectedText())
            selectAll();
    }
    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        QLineEdit::mouseDoubleClickEvent(event);
        selectAll();
    }
};

QPushButton *smallButton(const QString &text, const QString &objectName,
                         const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

PairingView::PairingView(QWidget *parent)
    : QWidget(parent)
    , m_qr(new QLabel(this))
    , m_copyQr(smallButton(tr("Cop&y image"), u"pairingCopyQrButton"_s,
                           tr("Copy the QR code as an image"), this))
    , m_saveQr(smallButton(tr("Save ima&ge…"), u"pairingSaveQrButton"_s,
                           tr("Save the QR code as a PNG file"), this))
    , m_hint(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_getCode(new QPushButton(tr("Get code"), this))
    , m_codeRow(new QWidget(this))
    , m_code(new CodeField(m_codeRow))
    , m_copyCode(smallButton(tr("Co&py code"), u"pairingCopyCodeButton"_s,
                             tr("Copy the pairing code"), m_codeRow))
    , m_codeError(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"pairingView"_s);
    setAccessibleName(tr("Pair WhatsApp"));

    auto *title = new QLabel(tr("Pair WhatsApp"), this);
    title->setObjectName(u"pairingTitle"_s);
    setPurpose(title, tr("Pair WhatsApp"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_qr->setObjectName(u"pairingQrImage"_s);
    m_qr->setAccessibleName(tr("Pairing QR code"));
    m_qr->setAccessibleDescription(
        tr("Scan it with WhatsApp on the phone to pair: Settings, Linked devices, Link a "
           "device. A pairing code below does the same without the camera."));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(kQrTargetSide, kQrTargetSide);
    // QR codes need a light quiet zone whatever the theme.
    m_qr->setStyleSheet(u"QLabel { background-color: white; color: #333333; }"_s);

    m_hint->setObjectName(u"pairingHint"_s);
    setPurpose(m_hint, tr("How to pair"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("On the phone, open WhatsApp → Settings → Linked devices → Link a device "
                       "and scan this code. It is refreshed every few seconds; this view "
                       "switches by itself once the phone is linked."));

    auto *codeIntro = new QLabel(tr("Or link with a phone number instead:"), this);
    codeIntro->setObjectName(u"pairingCodeIntro"_s);
    setPurpose(codeIntro, tr("Pairing code alternative"));
    codeIntro->setWordWrap(true);

    m_phone->setObjectName(u"pairingPhoneEdit"_s);
    m_phone->setAccessibleName(tr("Phone number for the pairing code"));
    m_phone->setPlaceholderText(tr("Phone with country code, e.g. 5511999990000"));
    m_phone->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9+ ()-]{0,24}"_s), m_phone));
    enableClearButton(m_phone);
    connect(m_phone, &QLineEdit::textChanged, this, &PairingView::updateButton);
    connect(m_phone, &QLineEdit::returnPressed, this, &PairingView::requestCode);

    m_getCode->setObjectName(u"pairingGetCodeButton"_s);
    m_getCode->setAccessibleName(tr("Get pairing code"));
    m_getCode->setAutoDefault(false);
    connect(m_getCode, &QPushButton::clicked, this, &PairingView::requestCode);

    m_copyQr->setToolTip(tr("Copy the QR code as an image, e.g. to send it to the customer"));
    m_saveQr->setToolTip(tr("Save the QR code as a PNG file"));
    connect(m_copyQr, &QPushButton::clicked, this, &PairingView::copyQr);
    connect(m_saveQr, &QPushButton::clicked, this, &PairingView::chooseQrFile);

    m_code->setObjectName(u"pairingCodeValue"_s);
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setReadOnly(true);
    m_code->setFrame(false);
    m_code->setStyleSheet(u"QLineEdit { background: transparent; border: none; }"_s);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.0);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(codeFont);
    // The whole code in view: "ABCD-EFGH" and a little air, never scrolled inside the field.
    m_code->setMinimumWidth(QFontMetrics(codeFont).horizontalAdvance(u"WWWW-WWWW"_s) + 12);
    m_code->setToolTip(tr("On the phone: WhatsApp → Linked devices → Link with phone number "
                          "instead, then type this code."));
    m_copyCode->setToolTip(tr("Copy the pairing code, e.g. to send it to the customer"));
    connect(m_copyCode, &QPushButton::clicked, this, &PairingView::copyCode);

    m_status->setObjectName(u"pairingStatus"_s);
    setPurpose(m_status, tr("Pairing status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_codeError->setObjectName(u"pairingCodeError"_s);
    setPurpose(m_codeError, tr("Pairing code error"));
    m_codeError->setTextFormat(Qt::PlainText);
    m_codeError->setWordWrap(true);
    m_codeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeError->setStyleSheet(u"QLabel { color: #8a1616; }"_s);

    auto *form = new QHBoxLayout;
    form->addWidget(m_phone, 1);
    form->addWidget(m_getCode);

    auto *codeRow = new QHBoxLayout(m_codeRow);
    codeRow->setContentsMargins(0, 0, 0, 0);
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_copyCode);
    codeRow->addStretch(1);

    auto *qrButtons = new QHBoxLayout;
    qrButtons->addWidget(m_copyQr);
    qrButtons->addWidget(m_saveQr);
    qrButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_qr, 0, Qt::AlignLeft);
    layout->addLayout(qrButtons);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addWidget(codeIntro);
    layout->addLayout(form);
    layout->addWidget(m_codeRow);
    layout->addWidget(m_codeError);
    layout->addWidget(m_status);
    reset();
}

void PairingView::setQrImage(const QByteArray &png)
{
    // A QR code is a few hundred pixels at most: a bigger "image" is not decoded at all.
    QImage image;
    if (!png.isEmpty()) {
        QBuffer buffer;
        buffer.setData(png);
        QImageReader reader(&buffer, "PNG");
        const QSize size = reader.size();
        if (size.isValid() && size.width() <= kMaxQrSide && size.height() <= kMaxQrSide)
            image = reader.read();
    }
    if (image.isNull()) {
        m_qrImage = {};
        m_qr->setPixmap({});
        m_qr->setText(png.isEmpty() ? tr("Loading the QR code…")
                                    : tr("The QR code is unreadable."));
        m_copyQr->setEnabled(false);
        m_saveQr->setEnabled(false);
        return;
    }
    // Whole-pixel nearest-neighbour scaling keeps every module sharp and square.
    const qreal ratio = devicePixelRatioF();
    const int side = qMax(image.width(), image.height());
    const int factor = qMax(1, qRound(kQrTargetSide * ratio / side));
    m_qrImage = image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation);
    QPixmap pixmap = QPixmap::fromImage(m_qrImage);
    pixmap.setDevicePixelRatio(ratio);
    m_qr->setPixmap(pixmap);
    m_copyQr->setEnabled(true);
    m_saveQr->setEnabled(true);
}

void PairingView::showCode(const QString &code)
{
    m_requesting = false;
    m_codeError->hide();
    m_code->setText(display::cut(code, 40));
    m_code->setCursorPosition(0);
    m_copyCode->setText(tr("Co&py code"));
    m_codeRow->show();
    updateButton();
    scrollIntoView(m_codeRow); // it arrives below the QR, maybe below the fold
}

void PairingView::showCodeError(const QString &text)
{
    m_requesting = false;
    m_codeRow->hide();
    m_codeError->setText(display::cut(text, 1000));
    m_codeError->show();
    updateButton();
    scrollIntoView(m_codeError);
}

void PairingView::reset()
{
    m_requesting = false;
    m_phone->clear();
    m_code->clear();
    m_codeRow->hide();
    m_codeError->clear();
    m_codeError->hide();
    showStatus({}, false);
    setQrImage({});
    updateButton();
}

void PairingView::requestCode()
{
    if (m_requesting || digitCount(m_phone->text()) < 8)
        return;
    m_requesting = true;
    m_codeRow->hide();
    m_codeError->hide();
    showStatus({}, false);
    updateButton();
    QString digits = m_phone->text();
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    Q_EMIT codeRequested(digits);
}

void PairingView::updateButton()
{
    setEnabledSaying(m_getCode, !m_requesting && digitCount(m_phone->text()) >= 8,
                     m_requesting ? tr("Asking the server for a code…")
                                  : tr("Type the phone number with country and area code, at "
                                       "least 8 digits."));
    m_getCode->setText(m_requesting ? tr("Requesting…") : tr("Get code"));
}

void PairingView::copyCode()
{
    if (m_code->text().isEmpty())
        return;
    QApplication::clipboard()->setText(m_code->text());
    m_copyCode->setText(tr("Copied"));
    showStatus(tr("Pairing code copied. On the phone: WhatsApp → Linked devices → Link with "
                  "phone number instead, then type it."),
               false);
}

void PairingView::copyQr()
{
    if (m_qrImage.isNull())
        return;
    QApplication::clipboard()->setImage(m_qrImage);
    showStatus(tr("QR code copied as an image. It changes every few seconds: send it at once "
                  "and have it scanned right away."),
               false);
}

void PairingView::chooseQrFile()
{
    if (m_qrImage.isNull())
        return;
    SaveFileRequest request;
    request.purpose = u"pairingQr"_s;
    request.objectName = u"saveQrDialog"_s;
    request.title = tr("Save QR code");
    request.fileName = u"whatsapp-pairing-qr.png"_s;
    request.filter = tr("PNG images (*.png)");
    request.defaultSuffix = u"png"_s;
    request.firstFolder = QStandardPaths::PicturesLocation;
    // The image is taken when the dialog opens: the one the user saw when asking.
    const QImage image = m_qrImage;
    QPointer<PairingView> self(this);
    openSaveFileDialog(this, request, [self, image](const QString &path, const QString &) {
        if (self)
            self->saveQr(path, image);
    });
}

void PairingView::saveQr(const QString &path, const QImage &image)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        const QString reason = file.errorString().isEmpty() ? tr("the image could not be written")
                                                            : file.errorString();
        return showStatus(tr("Could not save the QR code to %1: %2. Choose another folder or "
                             "file name.")
                              .arg(shown, reason),
                          true);
    }
    showStatus(
        tr("Saved the QR code to %1. It changes every few seconds: send it at once.").arg(shown),
        false);
}

void PairingView::showStatus(const QString &text, bool failure)
{
    m_status->setText(display::cut(text, 1000));
    m_status->setStyleSheet(failure ? u"QLabel { color: #8a1616; }"_s : QString());
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        scrollIntoView(m_status);
}

void PairingView::reveal(bool takeFocus)
{
    scrollIntoView(m_qr);
    if (takeFocus)
        m_phone->setFocus(Qt::OtherFocusReason);
}

void PairingView::scrollIntoView(QWidget *widget)
{
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(ancestor)) {
            // After the layout has placed the newly shown widget.
            QTimer::singleShot(0, area, [area, target = QPointer<QWidget>(widget)] {
                if (target && target->isVisible())
                    area->ensureWidgetVisible(target);
            });
            return;
        }
    }
}

} // namespace vzaps::ui
