#!/usr/bin/python3
"""What upstream Glance's centralized_db code would see and do, run with SQLAlchemy on a real database.

The queries are those of glance/db/sqlalchemy/api.py (get_cached_images, get_least_recently_accessed,
delete_cached_image) and glance/image_cache (get_cache_size, ImageCache.prune), rewritten with SQLAlchemy
Core on the same column types, so rows are read through each dialect's own type processing (an SQLite
DATETIME text SQLAlchemy cannot parse fails here as it would in glance-api).

  centraldb_oracle.py rows URL NODE_URL
      -> JSON list of this node's rows as _cached_image_format() builds them (times as epoch seconds of
         the naive UTC values: run with TZ=UTC), each with "types": the Python type of every column.
  centraldb_oracle.py prune URL NODE_URL CACHE_DIR MAX_SIZE
      -> JSON {"victims": [image ids in Glance's order], "never_ends": bool}: ImageCache.prune()'s loop
         inside a transaction that is rolled back, so nothing changes. Where Glance would loop forever
         (files over the max, no row left: get_least_recently_accessed() gives None) it stops and says so.
"""
import json
import os
import sys

import sqlalchemy as sa

meta = sa.MetaData()
node_reference = sa.Table("node_reference", meta,
                          sa.Column("node_reference_id", sa.BigInteger, primary_key=True),
                          sa.Column("node_reference_url", sa.String(255), nullable=False))
cached_images = sa.Table("cached_images", meta,
                         sa.Column("id", sa.BigInteger, primary_key=True),
                         sa.Column("image_id", sa.String(36), nullable=False),
                         sa.Column("last_accessed", sa.DateTime, nullable=False),
                         sa.Column("last_modified", sa.DateTime, nullable=False),
                         sa.Column("size", sa.BigInteger, nullable=False),
                         sa.Column("hits", sa.Integer, nullable=False),
                         sa.Column("checksum", sa.String(32)),
                         sa.Column("node_reference_id", sa.BigInteger,
                                   sa.ForeignKey("node_reference.node_reference_id"), nullable=False))
joined = cached_images.outerjoin(
    node_reference, node_reference.c.node_reference_id == cached_images.c.node_reference_id)


def rows(conn, node):
    out = []
    for r in conn.execute(sa.select(cached_images).select_from(joined)
                          .where(node_reference.c.node_reference_url == node)):
        m = r._mapping
        out.append({"id": m["id"], "image_id": m["image_id"], "last_accessed": m["last_accessed"].timestamp(),
                    "last_modified": m["last_modified"].timestamp(), "size": m["size"], "hits": m["hits"],
                    "checksum": m["checksum"], "node_reference_id": m["node_reference_id"],
                    "types": {k: type(m[k]).__name__ for k in m.keys()}})
    return out


def cache_size(cache_dir):
    total = 0
    for name in os.listdir(cache_dir):
        path = os.path.join(cache_dir, name)
        if os.path.isfile(path) and not path.endswith(".db"):
            total += os.stat(path).st_size
    return total


def prune(conn, node, cache_dir, max_size):
    current = cache_size(cache_dir)
    victims = []
    if max_size > current:
        return {"victims": victims, "never_ends": False}
    node_id = sa.select(node_reference.c.node_reference_id).where(
        node_reference.c.node_reference_url == node).scalar_subquery()
    while current > max_size:
        first = conn.execute(sa.select(cached_images.c.image_id).select_from(joined)
                             .where(node_reference.c.node_reference_url == node)
                             .order_by(cached_images.c.last_accessed)).first()
        if first is None:
            return {"victims": victims, "never_ends": True}
        image_id = first[0]
        try:
            size = os.stat(os.path.join(cache_dir, str(image_id))).st_size
        except OSError:
            size = 0
        conn.execute(cached_images.delete().where(cached_images.c.image_id == image_id)
                     .where(cached_images.c.node_reference_id == node_id))
        victims.append(image_id)
        current -= size
    return {"victims": victims, "never_ends": False}


def main(argv):
    engine = sa.create_engine(argv[2])
    try:
        with engine.connect() as conn:
            trans = conn.begin()
            try:
                if argv[1] == "rows":
                    result = rows(conn, argv[3])
                else:
                    result = prune(conn, argv[3], argv[4], int(argv[5]))
            finally:
                trans.rollback()
    finally:
        engine.dispose()
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
