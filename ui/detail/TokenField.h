#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace vzaps::ui {

// The instance token, masked until Reveal; Copy works either way. setToken() masks it again.
class TokenField : public QWidget
{
    Q_OBJECT
public:
    // The length of a VZaps instance token: "inst_" and 32 hex digits.
    static constexpr int kTokenChars = 37;
    // The width a line needs to show a whole token in the field's font, in `widget`'s screen.
    static int widthForToken(const QWidget *widget);

    explicit TokenField(QWidget *parent = nullptr);

    void setToken(const QString &token);
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);

Q_SIGNALS:
    void message(const QString &text);

private:
    void copy();
    void refresh();

    QString m_token;
    bool m_revealed = false;
    QLineEdit *m_value;
    QPushButton *m_reveal;
    QPushButton *m_copy;
};

} // namespace vzaps::ui
