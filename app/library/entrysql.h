#pragma once

// How an Entry and a Query become SQL on the entries table: the columns, the
// values bound for a row, the row read back, and a WHERE clause in which user
// text only ever travels as bound values, never as SQL.

#include "library.h"
#include "libraryentry.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace wan::library::sql {

// Every column but id, in the order toValues() binds and fromRow() reads them.
const QStringList &columns();
// SELECT id and columns() FROM entries.
QString selectSql();
// INSERT INTO entries with a placeholder per column, for toValues().
QString insertSql();
QVariantList toValues(const Entry &entry);
// One row of selectSql().
Entry fromRow(const QSqlQuery &query);

// A WHERE clause (empty, or starting with " WHERE") and the values for its placeholders, in order.
struct Filter
{
    QString sql;
    QVariantList values;
};
Filter filterFor(const Query &query);

void bindAll(QSqlQuery &query, const QVariantList &values);

} // namespace wan::library::sql
