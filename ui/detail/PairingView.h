#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vzaps::ui {

// "Pair WhatsApp": the QR image to scan (crisp, scaled by whole pixels), a hint, and the
// pairing-code alternative (phone number → a code like "ABCD-EFGH").
class PairingView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kQrTargetSide = 232; // logical pixels, before whole-pixel rounding
    static constexpr int kMaxQrSide = 2048;   // pixels of a QR image that is decoded at all

    explicit PairingView(QWidget *parent = nullptr);

    void setQrImage(const QByteArray &png); // empty: "Loading the QR code…"
    void showCode(const QString &code);
    void showCodeError(const QString &text);
    // Back to an empty form (another instance).
    void reset();

Q_SIGNALS:
    void codeRequested(const QString &phone);

private:
    void requestCode();
    void updateButton();

    QLabel *m_qr;
    QLabel *m_hint;
    QLineEdit *m_phone;
    QPushButton *m_getCode;
    QLabel *m_code;
    QLabel *m_codeError;
    bool m_requesting = false;
};

} // namespace vzaps::ui
