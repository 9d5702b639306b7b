#pragma once

#include "core/types/Instance.h"

#include <QString>

namespace vzaps {

// "Search all fields": a text matched on the app's side against the fields the server's
// search does not read (phone number, push name, webhook URL, labels, subscribed events) as
// well as name and id, the way a Brazilian reads them: case and accents do not matter
// ("otica" finds "Ótica"), and a number finds the phone however it is written ("9123",
// "91234-5678", "+55 11 91234" all find 5511912345678).
class AllFieldsSearch
{
public:
    AllFieldsSearch() = default;
    explicit AllFieldsSearch(const QString &text);

    bool isEmpty() const { return m_folded.isEmpty(); }
    const QString &text() const { return m_text; }
    bool matches(const Instance &instance) const;

    // Lower case, without accents or other combining marks, with runs of white space as
    // one space.
    static QString folded(const QString &text);

    friend bool operator==(const AllFieldsSearch &a, const AllFieldsSearch &b)
    {
        return a.m_folded == b.m_folded;
    }

private:
    QString m_text;
    QString m_folded;
    QString m_digits; // the text's digits when it reads as a phone number, else empty
};

} // namespace vzaps
