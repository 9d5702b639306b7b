#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace vzaps::ui {

// "Type <b>name</b> to confirm" and a line to type it in: the guard in front of a
// destructive action (docs/architecture.md §4). Generic: the single-instance dialogs expect the
// instance name, a bulk dialog may expect a count.
//
// Matching: surrounding whitespace is ignored on both sides (a pasted name often
// brings a trailing space or newline), and so are case and accents ("otica visao clara"
// confirms "Ótica Visão Clara", "é" typed or decomposed alike), and "-" stands for any
// dash; the whole text, inner
// spaces included, must still be typed. An empty expected text is never confirmed.
class TypeToConfirm : public QWidget
{
    Q_OBJECT
public:
    // `prompt` holds %1 where the expected text goes (shown bold, escaped); empty
    // means "Type %1 to confirm".
    explicit TypeToConfirm(const QString &expectedText, const QString &prompt = {},
                           QWidget *parent = nullptr);

    QString expectedText() const { return m_expected; }
    bool isConfirmed() const;

    // Whether `typed` confirms `expected` by the rules above.
    static bool matches(const QString &typed, const QString &expected);

Q_SIGNALS:
    // The typed text changed (and with it, maybe, isConfirmed()).
    void changed();

private:
    QString m_expected;
    QLabel *m_prompt;
    QLineEdit *m_edit;
};

} // namespace vzaps::ui
