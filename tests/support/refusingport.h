#pragma once

#include <QtGlobal>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A local TCP port where connections are refused, for as long as this object lives: a socket bound to
// 127.0.0.1 with port 0 (the system's pick) that never listens. Linux answers a connection to it with a reset
// (ECONNREFUSED), and since the port stays bound nobody else can start listening there in between, which
// "take a free port, close it, connect" cannot promise on a busy machine.
class RefusingPort
{
public:
    RefusingPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
            m_port = ntohs(a.sin_port);
    }
    ~RefusingPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;

    quint16 port() const { return m_port; } // 0 when no socket could be bound

private:
    int m_fd = -1;
    quint16 m_port = 0;
};
