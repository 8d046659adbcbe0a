// gtest main for the PostgreSQL tests: one throwaway server for the whole
// binary (tests/support/pg_test_cluster.h), and a QCoreApplication for
// QProcess (psql and the scorecard binary).
#include "support/pg_test_cluster.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new sc::test::PgTestEnvironment);
    return RUN_ALL_TESTS();
}
