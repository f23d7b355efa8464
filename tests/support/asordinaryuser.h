#pragma once

// Root may write any file: permission faults are only tested as another user.
// As root, runs a scope as `nobody` (real and effective uid, so that access()
// and open() both check it), keeping root as the saved uid to come back.
// Changes nothing for an ordinary user. glibc applies it to every thread.

#include <gtest/gtest.h>

#include <sys/types.h>
#include <unistd.h>

namespace Guanxi::Test {

class AsOrdinaryUser
{
public:
    static constexpr uid_t Nobody = 65534;
    static bool isRoot() { return ::geteuid() == 0; }

    AsOrdinaryUser()
    {
        if (isRoot())
            m_switched = ::setresuid(Nobody, Nobody, 0) == 0;
        EXPECT_TRUE(!isRoot() || m_switched) << "cannot switch to uid " << Nobody;
    }
    ~AsOrdinaryUser()
    {
        if (m_switched) {
            EXPECT_EQ(::setresuid(0, 0, 0), 0);
        }
    }
    AsOrdinaryUser(const AsOrdinaryUser &) = delete;
    AsOrdinaryUser &operator=(const AsOrdinaryUser &) = delete;

private:
    bool m_switched = false;
};

} // namespace Guanxi::Test
