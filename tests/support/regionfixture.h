#pragma once

#include <QString>
#include <QVector>

// A three-node region as Glance's database holds it with the centralized_db driver, for the tests of the
// database-backed region view: node-1..3 in node_reference, plus an old URL of node-1 (an orphan entry
// whose rows stayed behind when the node's URL changed); images that are active, deactivated, unnamed,
// soft-deleted and missing from the images table altogether; one that no node caches. Inserted with Qt
// SQL into a database db_server.py made (schema). Plain data: tests compute what they expect from it.
namespace RegionFixture {

struct Node
{
    QString url;
};

struct Image
{
    QString id;
    QString name; // empty: NULL
    QString status;
    qint64 size;
    QString checksum;
    bool deleted;
};

struct Copy
{
    int node; // index into nodes()
    QString imageId;
    qint64 size;
    int hits;
    QString accessed; // naive UTC, as Glance writes utcnow()
    QString modified;
};

// In node_reference_id order (1, 2, 3, 4).
const QVector<Node> &nodes();
// Rows of images (an image cached somewhere but missing here is missingId()).
const QVector<Image> &images();
// Rows of cached_images, in insertion (id) order.
const QVector<Copy> &copies();

QString ubuntuId(); // active, everywhere but the orphan entry
QString cirrosId(); // active, on node-1 only
QString windowsId(); // deactivated, node-2 and node-3
QString centosId(); // deleted in Glance (deleted = 1), on the orphan entry and node-3
QString unnamedId(); // active without a name, node-1
QString missingId(); // no row in images, node-2
QString fedoraId(); // active, cached nowhere
QString orphanUrl(); // node-1's old URL

// Inserts the region into the database at url (an SQLAlchemy URL) whose schema is made. False with the
// driver's words in *error.
bool populate(const QString &url, QString *error);

// Epoch seconds of a naive UTC time as the app must report it; wholeSeconds for MariaDB's DATETIME.
double epoch(const QString &text, bool wholeSeconds);

} // namespace RegionFixture
