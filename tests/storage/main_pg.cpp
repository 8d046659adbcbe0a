// gtest main for the storage tests that also run against PostgreSQL: a
// QCoreApplication for QtSql and one throwaway server for the binary.
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
