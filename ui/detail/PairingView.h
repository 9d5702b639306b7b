#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vzaps::ui {

// "Pair WhatsApp": the QR image to scan (crisp, scaled by whole pixels) with Copy image and
// Save image… for a customer far away, a hint, and the pairing-code alternative (phone
// number → a code like "ABCD-EFGH", selected whole by a click and copied by its Copy
// button, scrolled into view when it arrives). A line under them says what was copied or
// saved, or why saving failed.
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
    // Pairing was just asked for: brings the QR into view, and with `takeFocus` puts the
    // focus in the phone field (the button that asked is gone, and the focus with it).
    void reveal(bool takeFocus);

Q_SIGNALS:
    void codeRequested(const QString &phone);

private:
    QWidget *createQrButtons();
    QWidget *createCodeRow();
    void requestCode();
    void updateButton();
    void copyCode();
    void copyQr();
    void chooseQrFile();
    void saveQr(const QString &path, const QImage &image);
    void showStatus(const QString &text, bool failure);
    void scrollIntoView(QWidget *widget);

    QLabel *m_qr;
    QImage m_qrImage; // as shown, scaled by whole pixels; null while there is none
    QPushButton *m_copyQr;
    QPushButton *m_saveQr;
    QLabel *m_hint;
    QLineEdit *m_phone;
    QPushButton *m_getCode;
    QWidget *m_codeRow;
    QLineEdit *m_code;
    QPushButton *m_copyCode;
    QLabel *m_codeError;
    QLabel *m_status;
    bool m_requesting = false;
};

} // namespace vzaps::ui
