use super::*;
use crate::pipeline::Pipeline;

const A: &str = "Bộ Y tế khuyến cáo người dân đeo khẩu trang khi đến nơi đông người.";
const B: &str = "Sáng nay thành phố ghi nhận thêm nhiều ca bệnh mới tại các quận nội thành.";

fn keys_of(docs: &[(&str, &str)], config: &Config) -> Keys {
    let pipeline = Pipeline::new(config.clone());
    let mut b = KeysBuilder::new(config, None);
    for (file, text) in docs {
        let c = crate::process(&pipeline, text.as_bytes()).unwrap().cleaned;
        let name = format!("{file}:1");
        b.add(
            file,
            &name,
            super::super::corpus::doc_keys(&c.text, &config.duplicates),
        );
    }
    b.finish()
}

fn index(keys: Keys) -> Index {
    let mut stats = LineStats::default();
    stats.observe("Chia sẻ Facebook\n");
    let site = crate::site::Site::of_address("https://vnexpress.net/");
    stats.observe_from(site, "Chia sẻ Facebook\nĐăng nhập\n");
    Index {
        stats: Some(stats),
        keys: Some(keys),
    }
}

#[test]
fn files_round_trip_and_damage_is_an_error() {
    let config = Config::default();
    let i = index(keys_of(&[("a", A), ("b", B)], &config));
    let bytes = i.encode();
    let back = Index::decode(&bytes).unwrap();
    assert_eq!(back.keys, i.keys);
    assert_eq!(back.stats, i.stats, "with the counts by site");
    assert_eq!(back.encode(), bytes);
    assert!(Index::decode(&bytes[..bytes.len() - 1]).is_err());
    // another version (1 had no counts by site)
    for version in [1u8, 3] {
        let file = [b"SACHIDX\0".as_slice(), &[version, 0, 0, 0, 0, 0, 0, 0]].concat();
        assert!(Index::decode(&file).is_err(), "version {version}");
    }
    assert!(Index::decode(b"not an index").is_err());
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(Index::decode(&longer).is_err());
}

#[test]
fn merging_keeps_first_occurrences_whatever_the_order_of_the_parts() {
    let config = Config::default();
    let both = format!("{A} {B}");
    let one = keys_of(&[("a", &both), ("c", A)], &config);
    let two = keys_of(&[("b", B)], &config);
    let fwd = Index::merge(vec![index(one.clone()), index(two.clone())]).unwrap();
    let rev = Index::merge(vec![index(two), index(one.clone())]).unwrap();
    assert_eq!(fwd.encode(), rev.encode());
    assert_eq!(fwd.stats.as_ref().unwrap().doc_freq("chia sẻ facebook"), 4);
    let keys = fwd.keys.unwrap();
    assert_eq!(keys.files, ["a", "b", "c"]);
    assert_eq!(keys.docs(), 3);
    // A and B both first occur in `a`
    assert!(keys.sentences.iter().all(|(_, (d, _))| *d == 0));
    // the same file in two parts is an error
    assert!(Index::merge(vec![index(one.clone()), index(one)]).is_err());
}

#[test]
fn parts_cleaned_with_other_statistics_do_not_merge() {
    let config = Config::default();
    let mut stats = LineStats::default();
    stats.observe("x\n");
    let one = keys_of(&[("a", A)], &config);
    let mut other = KeysBuilder::new(&config, Some(&stats));
    other.add(
        "b",
        "b:1",
        super::super::corpus::doc_keys(B, &config.duplicates),
    );
    let parts = vec![index(one), index(other.finish())];
    assert!(Index::merge(parts).is_err());
}
