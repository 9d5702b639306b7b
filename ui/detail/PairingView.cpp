#include "ui/detail/PairingView.h"

#include "core/presentation/DisplayText.h"
#include <QBuffer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {
int digitCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }));
}
} // namespace

PairingView::PairingView(QWidget *parent)
    : QWidget(parent)
    , m_qr(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_getCode(new QPushButton(tr("Get code"), this))
    , m_code(new QLabel(this))
    , m_codeError(new QLabel(this))
{
    setObjectName(u"pairingView"_s);
    setAccessibleName(tr("Pair WhatsApp"));

    auto *title = new QLabel(tr("Pair WhatsApp"), this);
    title->setObjectName(u"pairingTitle"_s);
    title->setAccessibleName(tr("Pair WhatsApp"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_qr->setObjectName(u"pairingQrImage"_s);
    m_qr->setAccessibleName(tr("Pairing QR code"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(kQrTargetSide, kQrTargetSide);
    // QR codes need a light quiet zone whatever the theme.
    m_qr->setStyleSheet(u"QLabel { background-color: white; color: #333333; }"_s);

    m_hint->setObjectName(u"pairingHint"_s);
    m_hint->setAccessibleName(tr("How to pair"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("On the phone, open WhatsApp → Settings → Linked devices → Link a device "
                       "and scan this code. It is refreshed every few seconds; this view "
                       "switches by itself once the phone is linked."));

    auto *codeIntro = new QLabel(tr("Or link with a phone number instead:"), this);
    codeIntro->setObjectName(u"pairingCodeIntro"_s);
    codeIntro->setAccessibleName(tr("Pairing code alternative"));
    codeIntro->setWordWrap(true);

    m_phone->setObjectName(u"pairingPhoneEdit"_s);
    m_phone->setAccessibleName(tr("Phone number for the pairing code"));
    m_phone->setPlaceholderText(tr("Phone with country code, e.g. 5511999990000"));
    m_phone->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9+ ()-]{0,24}"_s), m_phone));
    m_phone->setClearButtonEnabled(true);
    connect(m_phone, &QLineEdit::textChanged, this, &PairingView::updateButton);
    connect(m_phone, &QLineEdit::returnPressed, this, &PairingView::requestCode);

    m_getCode->setObjectName(u"pairingGetCodeButton"_s);
    m_getCode->setAccessibleName(tr("Get pairing code"));
    m_getCode->setAutoDefault(false);
    connect(m_getCode, &QPushButton::clicked, this, &PairingView::requestCode);

    m_code->setObjectName(u"pairingCodeValue"_s);
    m_code->setAccessibleName(tr("Pairing code"));
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.0);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_code->setFont(codeFont);
    m_code->setToolTip(tr("On the phone: WhatsApp → Linked devices → Link with phone number "
                          "instead, then type this code."));

    m_codeError->setObjectName(u"pairingCodeError"_s);
    m_codeError->setAccessibleName(tr("Pairing code error"));
    m_codeError->setTextFormat(Qt::PlainText);
    m_codeError->setWordWrap(true);
    m_codeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeError->setStyleSheet(u"QLabel { color: #8a1616; }"_s);

    auto *form = new QHBoxLayout;
    form->addWidget(m_phone, 1);
    form->addWidget(m_getCode);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_qr, 0, Qt::AlignLeft);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addWidget(codeIntro);
    layout->addLayout(form);
    layout->addWidget(m_code);
    layout->addWidget(m_codeError);
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
        m_qr->setPixmap({});
        m_qr->setText(png.isEmpty() ? tr("Loading the QR code…")
                                    : tr("The QR code is unreadable."));
        return;
    }
    // Whole-pixel nearest-neighbour scaling keeps every module sharp and square.
    const qreal ratio = devicePixelRatioF();
    const int side = qMax(image.width(), image.height());
    const int factor = qMax(1, qRound(kQrTargetSide * ratio / side));
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_qr->setPixmap(pixmap);
}

void PairingView::showCode(const QString &code)
{
    m_requesting = false;
    m_codeError->hide();
    m_code->setText(display::cut(code, 40));
    m_code->show();
    updateButton();
}

void PairingView::showCodeError(const QString &text)
{
    m_requesting = false;
    m_code->hide();
    m_codeError->setText(display::cut(text, 1000));
    m_codeError->show();
    updateButton();
}

void PairingView::reset()
{
    m_requesting = false;
    m_phone->clear();
    m_code->clear();
    m_code->hide();
    m_codeError->clear();
    m_codeError->hide();
    setQrImage({});
    updateButton();
}

void PairingView::requestCode()
{
    if (m_requesting || digitCount(m_phone->text()) < 8)
        return;
    m_requesting = true;
    m_code->hide();
    m_codeError->hide();
    updateButton();
    QString digits = m_phone->text();
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    Q_EMIT codeRequested(digits);
}

void PairingView::updateButton()
{
    m_getCode->setEnabled(!m_requesting && digitCount(m_phone->text()) >= 8);
    m_getCode->setText(m_requesting ? tr("Requesting…") : tr("Get code"));
}

} // namespace vzaps::ui
