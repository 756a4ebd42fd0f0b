//! AES-256 (revision 5 and 6) decryption with the empty user password, done here because
//! lopdf 0.36 rejects files it should open (JST's datasheets: it authenticates the empty
//! password, then fails to derive the key and reports "incorrect password").
//!
//! ISO 32000-2, 7.6.4.3: algorithm 2.B hashes the password (SHA-256, then for revision 6 at
//! least 64 rounds of AES-128 and SHA-256/384/512), algorithm 2.A unwraps the file key from
//! `/UE`, and every string and stream is AES-256-CBC with its IV in the first 16 bytes.
//! Object streams were left packed by lopdf (their content was encrypted); they are unpacked
//! once decrypted.

use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use pdf_extract::{Dictionary, Document as PdfDocument, Object, ObjectId, ObjectStream};
use sha2::{Digest, Sha256, Sha384, Sha512};

type Aes128CbcEnc = cbc::Encryptor<aes::Aes128>;
type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

/// Why the document could not be decrypted here.
#[derive(Debug)]
pub enum NotHandled {
    /// Not AES-256 with the standard handler: leave it to lopdf.
    OtherScheme,
    /// AES-256, but the empty password is not the user password.
    NeedsPassword,
}

/// Decrypt a document encrypted with AES-256 (V 5, R 5 or 6) whose user password is empty,
/// in place, and remove its `/Encrypt` entry.
pub fn decrypt_aes256(doc: &mut PdfDocument) -> Result<(), NotHandled> {
    let enc_id = doc
        .trailer
        .get(b"Encrypt")
        .and_then(Object::as_reference)
        .map_err(|_| NotHandled::OtherScheme)?;
    let enc = doc
        .get_object(enc_id)
        .and_then(Object::as_dict)
        .map_err(|_| NotHandled::OtherScheme)?;
    let key = file_key(enc)?;
    let encrypt_metadata = enc
        .get(b"EncryptMetadata")
        .and_then(Object::as_bool)
        .unwrap_or(true);
    let identity_streams = enc
        .get(b"StmF")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Identity");
    let identity_strings = enc
        .get(b"StrF")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Identity");
    let ctx = Ctx {
        key,
        encrypt_metadata,
        streams: !identity_streams,
        strings: !identity_strings,
    };
    for (&id, obj) in doc.objects.iter_mut() {
        if id != enc_id {
            ctx.object(obj);
        }
    }
    doc.trailer.remove(b"Encrypt");
    unpack_object_streams(doc);
    Ok(())
}

/// Algorithm 2.A for the empty user password: check `/U`, unwrap `/UE`.
fn file_key(enc: &Dictionary) -> Result<[u8; 32], NotHandled> {
    let int = |k: &[u8]| enc.get(k).and_then(Object::as_i64).ok();
    let standard = enc
        .get(b"Filter")
        .and_then(Object::as_name)
        .is_ok_and(|n| n == b"Standard");
    let revision = int(b"R").unwrap_or(0);
    if !standard || int(b"V") != Some(5) || !(5..=6).contains(&revision) {
        return Err(NotHandled::OtherScheme);
    }
    let bytes = |k: &[u8]| match enc.get(k) {
        Ok(Object::String(b, _)) => Some(b.as_slice()),
        _ => None,
    };
    // Writers pad /U to 127 bytes; only the first 48 count.
    let u = bytes(b"U")
        .filter(|u| u.len() >= 48)
        .ok_or(NotHandled::OtherScheme)?;
    let ue = bytes(b"UE")
        .filter(|ue| ue.len() >= 32)
        .ok_or(NotHandled::OtherScheme)?;
    let r6 = revision == 6;
    if hash(b"", &u[32..40], r6) != u[..32] {
        return Err(NotHandled::NeedsPassword);
    }
    let intermediate = hash(b"", &u[40..48], r6);
    let mut key = [0u8; 32];
    key.copy_from_slice(&ue[..32]);
    let mut dec = Aes256CbcDec::new(&intermediate.into(), &[0u8; 16].into());
    for block in key.chunks_exact_mut(16) {
        dec.decrypt_block_mut(block.into());
    }
    Ok(key)
}

/// Algorithm 2.B (revision 6) or plain SHA-256 (revision 5) of password + salt, for the
/// user password (no `/U` data mixed in).
fn hash(password: &[u8], salt: &[u8], r6: bool) -> [u8; 32] {
    let mut k: Vec<u8> = Sha256::new()
        .chain_update(password)
        .chain_update(salt)
        .finalize()
        .to_vec();
    if r6 {
        let mut round = 0u32;
        loop {
            let mut e: Vec<u8> = Vec::with_capacity(64 * (password.len() + k.len()));
            for _ in 0..64 {
                e.extend_from_slice(password);
                e.extend_from_slice(&k);
            }
            let mut enc = Aes128CbcEnc::new(k[..16].into(), k[16..32].into());
            for block in e.chunks_exact_mut(16) {
                enc.encrypt_block_mut(block.into());
            }
            // The first 16 bytes as a big-endian number mod 3 (256 ≡ 1 mod 3: the byte sum).
            let pick = e[..16].iter().map(|&b| u32::from(b)).sum::<u32>() % 3;
            k = match pick {
                0 => Sha256::digest(&e).to_vec(),
                1 => Sha384::digest(&e).to_vec(),
                _ => Sha512::digest(&e).to_vec(),
            };
            round += 1;
            let last = u32::from(*e.last().unwrap_or(&0));
            if round >= 64 && last + 32 <= round {
                break;
            }
        }
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(&k[..32]);
    out
}

struct Ctx {
    key: [u8; 32],
    encrypt_metadata: bool,
    streams: bool,
    strings: bool,
}

impl Ctx {
    fn object(&self, obj: &mut Object) {
        match obj {
            Object::String(bytes, _) if self.strings => {
                if let Some(plain) = self.decrypt(bytes) {
                    *bytes = plain;
                }
            }
            Object::Array(items) => items.iter_mut().for_each(|o| self.object(o)),
            Object::Dictionary(dict) => self.dict(dict),
            Object::Stream(stream) => {
                self.dict(&mut stream.dict);
                let kind = stream.dict.get(b"Type").and_then(Object::as_name).ok();
                let skip = !self.streams
                    || kind == Some(b"XRef")
                    || (kind == Some(b"Metadata") && !self.encrypt_metadata);
                if !skip {
                    if let Some(plain) = self.decrypt(&stream.content) {
                        stream.set_content(plain);
                    }
                }
            }
            _ => {}
        }
    }

    fn dict(&self, dict: &mut Dictionary) {
        for (_, v) in dict.iter_mut() {
            self.object(v);
        }
    }

    /// IV (16 bytes) + AES-256-CBC + PKCS#7 padding. `None` when the data cannot be
    /// ciphertext (left as it is).
    fn decrypt(&self, data: &[u8]) -> Option<Vec<u8>> {
        if data.is_empty() {
            return Some(Vec::new());
        }
        if data.len() < 32 || !data.len().is_multiple_of(16) {
            return None;
        }
        let (iv, body) = data.split_at(16);
        let mut out = body.to_vec();
        let mut dec = Aes256CbcDec::new(&self.key.into(), iv.into());
        for block in out.chunks_exact_mut(16) {
            dec.decrypt_block_mut(block.into());
        }
        let pad = usize::from(*out.last()?);
        if (1..=16).contains(&pad)
            && out[out.len() - pad..]
                .iter()
                .all(|&b| usize::from(b) == pad)
        {
            out.truncate(out.len() - pad);
        }
        Some(out)
    }
}

/// Unpack object streams (lopdf leaves them packed in encrypted files); objects already
/// known from the cross-reference table win.
fn unpack_object_streams(doc: &mut PdfDocument) {
    let mut unpacked: Vec<(ObjectId, Object)> = Vec::new();
    for obj in doc.objects.values_mut() {
        let Object::Stream(stream) = obj else {
            continue;
        };
        let is_objstm = stream
            .dict
            .get(b"Type")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"ObjStm");
        if !is_objstm {
            continue;
        }
        if let Ok(os) = ObjectStream::new(stream) {
            unpacked.extend(os.objects);
        }
    }
    for (id, obj) in unpacked {
        doc.objects.entry(id).or_insert(obj);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `/U` of JST's `jst_ph.pdf` (R 6, empty user password), checked with an independent
    /// implementation of algorithm 2.B.
    #[test]
    fn r6_hash_of_the_empty_password() {
        let u = hex("8d1320210d23db469156a53d20ad234f801833209044c82f978a61ed715b8fa4188a773ad27e88dc8ccb8ccd7bc25546");
        assert_eq!(hash(b"", &u[32..40], true).to_vec(), u[..32].to_vec());
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }
}
