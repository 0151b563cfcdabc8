#include "tableexport.h"

#include "core/pyjson.h"
#include "entryview.h"
#include "itemmodels/cachedimagesmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/queuedimagesmodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSaveFile>

#include <algorithm>

namespace TableExport {
namespace {

void appendCsvField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r')) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QString text(const QVariant &v)
{
    // Doubles as the shortest text that reads back as the same value (epoch seconds keep their fraction).
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return v.toString();
}

void appendJsonValue(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        PyJson::appendNumber(out, v.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        PyJson::appendNumber(out, v.toLongLong());
        break;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    default:
        if (v.isNull())
            out += "null";
        else
            PyJson::appendString(out, v.toString());
    }
}

void appendTime(QByteArray &out, double seconds, bool whole)
{
    whole ? PyJson::appendNumber(out, qint64(seconds)) : PyJson::appendNumber(out, seconds);
}

// An image's name, or null when Glance did not list the image.
void appendName(QByteArray &out, const ImageNames &names, const QString &id)
{
    if (names.listed(id))
        PyJson::appendString(out, names.name(id));
    else
        out += "null";
}

} // namespace

Table take(const EntryView *view)
{
    Table table;
    const QAbstractItemModel *model = view->model();
    QList<int> columns;
    for (int visual = 0; visual < view->horizontalHeader()->count(); ++visual) {
        const int logical = view->horizontalHeader()->logicalIndex(visual);
        if (!view->isColumnHidden(logical))
            columns.append(logical);
    }
    for (int c : std::as_const(columns))
        table.headers.append(model->headerData(c, Qt::Horizontal).toString());
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end());
    const auto *cachedModel = qobject_cast<const CachedImagesModel *>(view->entryModel());
    const auto *queuedModel = qobject_cast<const QueuedImagesModel *>(view->entryModel());
    table.names = view->entryModel()->imageNames();
    const int nameColumn = view->entryModel()->nameColumn();
    table.isCached = cachedModel != nullptr;
    table.isQueued = queuedModel != nullptr;
    table.rows.reserve(rows.size());
    for (int r : std::as_const(rows)) {
        QVector<QVariant> cells;
        cells.reserve(columns.size());
        for (int c : std::as_const(columns)) {
            const QModelIndex index = model->index(r, c);
            if (c == nameColumn && table.names.isMissing(view->entryModel()->keyAt(r))) {
                cells.append(QVariant::fromValue(nullptr)); // JSON null, an empty CSV field
                continue;
            }
            const QVariant raw = index.data(CacheRoles::RawValueRole);
            cells.append(raw.isValid() ? raw : index.data());
        }
        table.rows.append(cells);
        if (cachedModel)
            table.cached.append(cachedModel->entry(r));
        if (queuedModel)
            table.queued.append(queuedModel->keyAt(r));
    }
    return table;
}

QByteArray csv(const Table &table)
{
    QByteArray out;
    const auto appendRow = [&out](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            appendCsvField(out, fields.at(i));
        }
        out += "\r\n";
    };
    appendRow(table.headers);
    for (const QVector<QVariant> &row : table.rows) {
        QStringList fields;
        for (const QVariant &v : row)
            fields.append(text(v));
        appendRow(fields);
    }
    return out;
}

QByteArray json(const Table &table)
{
    QByteArray out;
    if (table.isCached) {
        // ImageRows' members in the v2 cache API's order, as glance-cachectl list --json writes them.
        out += "{\"cached_images\": [";
        for (qsizetype i = 0; i < table.cached.size(); ++i) {
            const CachedImage &c = table.cached.at(i);
            out += i ? ", {\"image_id\": " : "{\"image_id\": ";
            PyJson::appendString(out, c.imageId);
            out += ", \"hits\": ";
            PyJson::appendNumber(out, c.hits);
            out += ", \"last_accessed\": ";
            appendTime(out, c.lastAccessed, table.wholeSeconds);
            out += ", \"last_modified\": ";
            appendTime(out, c.lastModified, table.wholeSeconds);
            out += ", \"size\": ";
            PyJson::appendNumber(out, c.size);
            if (table.names.isKnown()) {
                out += ", \"name\": ";
                appendName(out, table.names, c.imageId);
            }
            out += '}';
        }
        out += "]}\n";
    } else if (table.isQueued) {
        out += "{\"queued_images\": [";
        for (qsizetype i = 0; i < table.queued.size(); ++i) {
            if (i)
                out += ", ";
            PyJson::appendString(out, table.queued.at(i));
        }
        out += ']';
        if (table.names.isKnown()) {
            out += ", \"names\": {";
            for (qsizetype i = 0; i < table.queued.size(); ++i) {
                if (i)
                    out += ", ";
                PyJson::appendString(out, table.queued.at(i));
                out += ": ";
                appendName(out, table.names, table.queued.at(i));
            }
            out += '}';
        }
        out += "}\n";
    } else {
        out += '[';
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            out += r ? ", {" : "{";
            const QVector<QVariant> &row = table.rows.at(r);
            for (qsizetype c = 0; c < row.size() && c < table.headers.size(); ++c) {
                if (c)
                    out += ", ";
                PyJson::appendString(out, table.headers.at(c));
                out += ": ";
                appendJsonValue(out, row.at(c));
            }
            out += '}';
        }
        out += "]\n";
    }
    return out;
}

Expected<qint64> write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Expected<qint64>::failure(
            QCoreApplication::translate("TableExport", "Cannot write %1: %2").arg(path, file.errorString()));
    return qint64(data.size());
}

} // namespace TableExport
