//! SQLite: records into a product database (`dsx load --db FILE.sqlite PATH...`).
//!
//! A product is a vendor and item number (or, without an item number, its source path).
//! Each distinct source file (by sha256) of a product is a revision, kept with its whole
//! record as JSON; its properties, related items and diagnostics are rows beside it.
//! A file that could not be read is a row of `failures` until a later load reads it.
//! Each batch of files goes in one transaction, so an interrupted load leaves whole
//! revisions or none, and loading the same file twice adds nothing.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::record::Record;

pub const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS products (
    id          INTEGER PRIMARY KEY,
    -- vendor and item number, or the source path when there is no item number
    product_key TEXT NOT NULL UNIQUE,
    vendor      TEXT,
    item_number TEXT,
    title       TEXT,
    description TEXT,
    url         TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS products_vendor_item ON products(vendor, item_number);
CREATE INDEX IF NOT EXISTS products_item ON products(item_number);

CREATE TABLE IF NOT EXISTS revisions (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products(id),
    sha256      TEXT NOT NULL,
    source_path TEXT NOT NULL,
    format      TEXT NOT NULL,
    loaded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    record      TEXT NOT NULL,
    UNIQUE (product_id, sha256)
);
CREATE INDEX IF NOT EXISTS revisions_sha ON revisions(sha256);

CREATE TABLE IF NOT EXISTS properties (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id),
    position    INTEGER NOT NULL,
    section     TEXT NOT NULL,
    label       TEXT NOT NULL,
    key         TEXT NOT NULL,
    raw         TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT,
    min         REAL,
    max         REAL,
    unit        TEXT,
    si_value    REAL,
    si_min      REAL,
    si_max      REAL,
    si_unit     TEXT,
    qualifier   TEXT,
    condition   TEXT,
    line        INTEGER,
    page        INTEGER
);
CREATE INDEX IF NOT EXISTS properties_revision ON properties(revision_id);
CREATE INDEX IF NOT EXISTS properties_key_si ON properties(key, si_value);
CREATE INDEX IF NOT EXISTS properties_key_si_max ON properties(key, si_max);

CREATE TABLE IF NOT EXISTS related (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id),
    relation    TEXT NOT NULL,
    item_number TEXT NOT NULL,
    description TEXT,
    url         TEXT
);
CREATE INDEX IF NOT EXISTS related_revision ON related(revision_id);
CREATE INDEX IF NOT EXISTS related_item ON related(item_number);

CREATE TABLE IF NOT EXISTS diagnostics (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id),
    severity    TEXT NOT NULL,
    code        TEXT NOT NULL,
    line        INTEGER,
    page        INTEGER,
    message     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS diagnostics_revision ON diagnostics(revision_id);

-- files that could not be read, as of the last load that met them: a later load that
-- reads the file (or finds its bytes already loaded) removes the row
CREATE TABLE IF NOT EXISTS failures (
    path        TEXT PRIMARY KEY,
    sha256      TEXT,
    kind        TEXT NOT NULL,
    message     TEXT NOT NULL,
    failed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
"#;

/// How long a write waits for another process's write to finish (`dsx load` run twice at
/// once) before it fails with "database is locked".
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Open (or create) a database and make sure the schema is there.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    // first, so that switching to WAL and creating the schema wait for a busy database too
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.execute_batch(SCHEMA)?;
    Ok(conn)
}

/// Is a source with this sha256 already loaded? (Lets a reload skip extraction.)
pub fn has_sha(conn: &Connection, sha256: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM revisions WHERE sha256 = ?1 LIMIT 1",
        [sha256],
        |_| Ok(()),
    )
    .optional()
    .map(|o| o.is_some())
}

/// What inserting one record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    /// A new revision (`true` when the product is new too).
    Revision { new_product: bool },
    /// This source was loaded before: nothing added.
    Known,
}

fn product_key(r: &Record) -> String {
    match &r.product.item_number {
        Some(item) => format!(
            "item:{}\u{1f}{}",
            r.product.vendor.as_deref().unwrap_or(""),
            item
        ),
        None => format!("path:{}", r.source.path),
    }
}

/// Insert one record inside `tx` (a product upsert, then a revision with its rows).
pub fn insert(tx: &Transaction<'_>, r: &Record) -> rusqlite::Result<Inserted> {
    let key = product_key(r);
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM products WHERE product_key = ?1")?
        .query_row([&key], |row| row.get(0))
        .optional()?;
    let p = &r.product;
    let product_id = match existing {
        Some(id) => {
            let known: Option<i64> = tx
                .prepare_cached("SELECT id FROM revisions WHERE product_id = ?1 AND sha256 = ?2")?
                .query_row(params![id, r.source.sha256], |row| row.get(0))
                .optional()?;
            if known.is_some() {
                return Ok(Inserted::Known);
            }
            tx.prepare_cached(
                "UPDATE products SET title = ?2, description = ?3, url = ?4 WHERE id = ?1",
            )?
            .execute(params![id, p.title, p.description, p.url])?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO products (product_key, vendor, item_number, title, description, url)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                key,
                p.vendor,
                p.item_number,
                p.title,
                p.description,
                p.url
            ])?;
            tx.last_insert_rowid()
        }
    };
    let json =
        serde_json::to_string(r).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    tx.prepare_cached(
        "INSERT INTO revisions (product_id, sha256, source_path, format, record)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        product_id,
        r.source.sha256,
        r.source.path,
        r.source.format,
        json
    ])?;
    let rev = tx.last_insert_rowid();

    let mut prop = tx.prepare_cached(
        "INSERT INTO properties (revision_id, position, section, label, key, raw, kind, value,
             min, max, unit, si_value, si_min, si_max, si_unit, qualifier, condition, line, page)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?;
    let mut position = 0i64;
    for s in &r.sections {
        for pr in &s.properties {
            let c = super::csv::columns(&pr.value);
            prop.execute(params![
                rev,
                position,
                s.title,
                pr.label,
                pr.key,
                pr.raw,
                pr.value.kind(),
                c.value,
                c.min,
                c.max,
                c.unit,
                c.si_value,
                c.si_min,
                c.si_max,
                c.si_unit,
                c.qualifier,
                c.condition,
                pr.line.map(|l| l as i64),
                pr.page,
            ])?;
            position += 1;
        }
    }
    let mut rel = tx.prepare_cached(
        "INSERT INTO related (revision_id, relation, item_number, description, url)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for x in &r.related {
        rel.execute(params![
            rev,
            x.relation,
            x.item_number,
            x.description,
            x.url
        ])?;
    }
    let mut diag = tx.prepare_cached(
        "INSERT INTO diagnostics (revision_id, severity, code, line, page, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for d in &r.diagnostics {
        let severity = serde_json::to_value(d.severity)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        diag.execute(params![
            rev,
            severity,
            d.code,
            d.line.map(|l| l as i64),
            d.page,
            d.message
        ])?;
    }
    Ok(Inserted::Revision {
        new_product: existing.is_none(),
    })
}

/// Record that a file could not be read (replacing what an earlier load recorded for its
/// path). `sha256` is that of its bytes when they could be read.
pub fn record_failure(
    tx: &Transaction<'_>,
    e: &crate::pipeline::FileError,
    sha256: Option<&str>,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO failures (path, sha256, kind, message) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, kind = excluded.kind,
             message = excluded.message, failed_at = excluded.failed_at",
    )?
    .execute(params![e.path, sha256, e.kind, e.message])?;
    Ok(())
}

/// Forget an earlier failure of `path`: the file is loaded now.
pub fn clear_failure(tx: &Transaction<'_>, path: &str) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM failures WHERE path = ?1")?
        .execute([path])?;
    Ok(())
}

/// Error for `dsx diff --db`: what was looked up and what was found.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("no product with item number {0:?} in the database")]
    NoProduct(String),
    #[error(
        "item number {item:?} matches {count} products (vendors: {vendors}); cannot tell which"
    )]
    Ambiguous {
        item: String,
        count: usize,
        vendors: String,
    },
    #[error("{item:?} has {count} revision(s) in the database; need two to compare")]
    TooFewRevisions { item: String, count: usize },
    #[error("stored record of revision {0} does not read back: {1}")]
    BadRecord(i64, serde_json::Error),
}

/// The last two revisions (older, newer) of the product with this item number.
pub fn last_two_revisions(db: &Path, item: &str) -> Result<(Record, Record), LookupError> {
    let conn = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut st =
        conn.prepare("SELECT id, coalesce(vendor, '') FROM products WHERE item_number = ?1")?;
    let products: Vec<(i64, String)> = st
        .query_map([item], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let product = match products.as_slice() {
        [] => return Err(LookupError::NoProduct(item.to_string())),
        [(id, _)] => *id,
        many => {
            return Err(LookupError::Ambiguous {
                item: item.to_string(),
                count: many.len(),
                vendors: many
                    .iter()
                    .map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        }
    };
    let mut st = conn.prepare(
        "SELECT id, record FROM revisions WHERE product_id = ?1 ORDER BY id DESC LIMIT 2",
    )?;
    let revs: Vec<(i64, String)> = st
        .query_map([product], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let parse = |(id, json): &(i64, String)| {
        serde_json::from_str::<Record>(json).map_err(|e| LookupError::BadRecord(*id, e))
    };
    match revs.as_slice() {
        [newer, older] => Ok((parse(older)?, parse(newer)?)),
        _ => Err(LookupError::TooFewRevisions {
            item: item.to_string(),
            count: revs.len(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::convert_bytes;
    use crate::source::SourceOptions;

    fn wago(edit: Option<(&str, &str)>) -> Record {
        let text = include_str!("../../fixtures/markdown/wago__770-1242_076-000.md");
        let text = match edit {
            Some((a, b)) => text.replace(a, b),
            None => text.to_string(),
        };
        convert_bytes(
            Path::new("wago.md"),
            text.as_bytes(),
            &SourceOptions::default(),
        )
        .expect("converts")
    }

    fn count(conn: &Connection, table: &str) -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    }

    #[test]
    fn idempotent_and_keeps_revisions() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("p.sqlite");
        let mut conn = open(&db).expect("open");
        let old = wago(None);
        let new = wago(Some(("Rated current\t25 A", "Rated current\t24 A")));

        let tx = conn.transaction().expect("tx");
        assert_eq!(
            insert(&tx, &old).expect("insert"),
            Inserted::Revision { new_product: true }
        );
        assert_eq!(insert(&tx, &old).expect("insert"), Inserted::Known);
        tx.commit().expect("commit");
        let props = count(&conn, "properties");
        assert_eq!(props as usize, old.property_count());
        assert_eq!(count(&conn, "related") as usize, old.related.len());

        let tx = conn.transaction().expect("tx");
        assert_eq!(
            insert(&tx, &new).expect("insert"),
            Inserted::Revision { new_product: false }
        );
        tx.commit().expect("commit");
        assert_eq!(count(&conn, "products"), 1);
        assert_eq!(count(&conn, "revisions"), 2);
        assert_eq!(count(&conn, "properties"), 2 * props);
        assert!(has_sha(&conn, &old.source.sha256).expect("query"));

        let (a, b) = last_two_revisions(&db, "770-1242/076-000").expect("two revisions");
        assert_eq!(a, old);
        assert_eq!(b, new);
        assert!(matches!(
            last_two_revisions(&db, "nope"),
            Err(LookupError::NoProduct(_))
        ));
    }

    #[test]
    fn no_item_number_keys_on_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut conn = open(&dir.path().join("p.sqlite")).expect("open");
        let mut a = wago(None);
        a.product.item_number = None;
        let mut b = a.clone();
        b.source.path = "other.md".into();
        b.source.sha256 = "0".repeat(64);
        let tx = conn.transaction().expect("tx");
        insert(&tx, &a).expect("insert");
        insert(&tx, &b).expect("insert");
        tx.commit().expect("commit");
        assert_eq!(count(&conn, "products"), 2);
    }
}
