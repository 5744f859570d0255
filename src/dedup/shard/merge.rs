//! Merging index files: statistics are summed, keys keep their first occurrence in corpus order.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::{sorted, Index, Keys};
use crate::boilerplate::corpus::LineStats;

impl Index {
    /// Merges the indexes of disjoint sets of shards, in any order: the result does not depend
    /// on it. Errors when a file is in two of them, or when their documents were cleaned with
    /// different line statistics.
    pub fn merge(parts: Vec<Index>) -> Result<Index, String> {
        let mut stats: Option<LineStats> = None;
        let mut keys = Vec::new();
        for part in parts {
            if let Some(s) = part.stats {
                match &mut stats {
                    Some(all) => all.merge(s),
                    None => stats = Some(s),
                }
            }
            keys.extend(part.keys);
        }
        let keys = (!keys.is_empty()).then(|| merge_keys(keys)).transpose()?;
        Ok(Index { stats, keys })
    }
}

fn merge_keys(parts: Vec<Keys>) -> Result<Keys, String> {
    let fingerprint = parts[0].stats_fingerprint;
    if parts.iter().any(|p| p.stats_fingerprint != fingerprint) {
        return Err(
            "the shards were indexed with different line statistics: index every shard \
                    with the same merged statistics (--index)"
                .into(),
        );
    }
    // the files of all parts in path order, and each part's file numbers in it
    let mut files: Vec<(&str, usize, u32)> = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        files.extend(
            (0u32..)
                .zip(&part.files)
                .map(|(f, name)| (name.as_str(), p, f)),
        );
    }
    files.sort_by(|a, b| Path::new(a.0).cmp(Path::new(b.0)));
    if let Some(w) = files.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!("{} is in two of the indexes", w[0].0));
    }
    let mut rank: Vec<Vec<u32>> = parts.iter().map(|p| vec![0; p.files.len()]).collect();
    for (r, &(_, p, f)) in (0u32..).zip(&files) {
        rank[p][f as usize] = r;
    }
    // every document's number in the merged corpus order: by file rank, then place in its part
    let mut order: Vec<(u32, usize, u32)> = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        order.extend(
            (0u32..)
                .zip(&part.docs)
                .map(|(d, (f, _))| (rank[p][*f as usize], p, d)),
        );
    }
    order.sort_unstable();
    let mut renumber: Vec<Vec<u32>> = parts.iter().map(|p| vec![0; p.docs.len()]).collect();
    for (new, &(_, p, d)) in (0u32..).zip(&order) {
        renumber[p][d as usize] = new;
    }
    let mut merged = Keys {
        stats_fingerprint: fingerprint,
        files: files.iter().map(|f| f.0.to_string()).collect(),
        docs: order
            .iter()
            .map(|&(r, p, d)| (r, parts[p].docs[d as usize].1.clone()))
            .collect(),
        ..Keys::default()
    };
    let mut documents: HashMap<u64, u32> = HashMap::new();
    for (p, part) in parts.iter().enumerate() {
        for &(key, d) in &part.documents {
            let d = renumber[p][d as usize];
            documents
                .entry(key)
                .and_modify(|f| *f = (*f).min(d))
                .or_insert(d);
        }
    }
    // a part's first copy of a text that another part has earlier: a duplicate document, whose
    // other keys do not count (as in one run, where it is never indexed)
    let duplicate: HashSet<u32> = parts
        .iter()
        .enumerate()
        .flat_map(|(p, part)| part.documents.iter().map(move |&(k, d)| (p, k, d)))
        .map(|(p, k, d)| (k, renumber[p][d as usize]))
        .filter(|(k, d)| documents[k] != *d)
        .map(|(_, d)| d)
        .collect();
    let mut sentences: HashMap<u64, (u32, u32)> = HashMap::new();
    let mut bands: HashMap<u64, u32> = HashMap::new();
    let mut signatures = Vec::new();
    for (p, part) in parts.into_iter().enumerate() {
        let renumber = &renumber[p];
        for (key, (d, s)) in part.sentences {
            let first = (renumber[d as usize], s);
            if !duplicate.contains(&first.0) {
                let e = sentences.entry(key).or_insert(first);
                *e = (*e).min(first);
            }
        }
        for (key, d) in part.bands {
            let d = renumber[d as usize];
            if !duplicate.contains(&d) {
                let e = bands.entry(key).or_insert(d);
                *e = (*e).min(d);
            }
        }
        signatures.extend(
            part.signatures
                .into_iter()
                .map(|(d, sig)| (renumber[d as usize], sig)),
        );
    }
    let referenced: HashSet<u32> = bands.values().copied().collect();
    signatures.retain(|(d, _)| referenced.contains(d));
    signatures.sort_unstable_by_key(|s| s.0);
    merged.documents = sorted(documents);
    merged.sentences = sorted(sentences);
    merged.bands = sorted(bands);
    merged.signatures = signatures;
    Ok(merged)
}
