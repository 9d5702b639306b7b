// Incremental HTTP/1.x request parser used by TestHttpServer (internal).
#pragma once

#include "tests/support/TestHttpServer.h"

namespace vzaps::test {

class HttpRequestParser
{
public:
    enum class Result { NeedMore, Request, Error };

    void feed(const QByteArray &data);
    // Parses from the buffered data. On Request, the request is available through
    // takeRequest() and the next call continues with the bytes after it. Error is final.
    Result next();
    RecordedRequest takeRequest();
    bool keepAlive() const { return m_keepAlive; } // of the request last returned
    QByteArray errorString() const { return m_error; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Failed };
    bool parseHead(QByteArrayView head);
    bool readLine(QByteArrayView &line);
    void readBody();
    Result fail(const char *message);

    QByteArray m_buf;
    qsizetype m_pos = 0;  // parse position in m_buf
    qsizetype m_scan = 0; // where to resume looking for the end of the head
    State m_state = State::Head;
    qint64 m_remaining = 0; // body or chunk bytes still expected
    bool m_keepAlive = true;
    RecordedRequest m_request;
    QByteArray m_error;
};

} // namespace vzaps::test
