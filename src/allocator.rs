//! The binary's allocator (and its benchmarks'): mimalloc (see Cargo.toml), asked for its plain
//! blocks whenever the layout allows.
//!
//! The `mimalloc` crate's `GlobalAlloc` asks `mi_malloc_aligned` for every block, with the
//! alignment of the type (8 for most). mimalloc's blocks are whole words and its pages start
//! aligned, so every block `mi_malloc` gives is aligned to 8 bytes; the aligned entry checks the
//! alignment, looks for a block that happens to have it and, for a block over 1 KB (a line, a
//! document, a vector of records), takes a generic path. A clean run allocates for every line,
//! word list and edit: on the synthetic bench (`scripts/bench --callgrind`) 400,000 blocks for
//! 600 documents at 57 instructions each. Here a layout of alignment 8 or less goes to
//! `mi_malloc`, `mi_zalloc` and `mi_realloc` (as the standard library's `System` does with
//! `malloc` up to the C library's alignment), and only a larger alignment (`u128`, SIMD types)
//! to the aligned entries.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// The alignment of every block `mi_malloc` gives: a machine word.
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

pub struct MiMalloc;

// SAFETY: each method returns what mimalloc returns (null when out of memory), aligned as the
// layout asks: `mi_malloc`'s blocks to a word, which is all a layout of alignment up to
// `PLAIN_ALIGN` asks; the aligned entries for the others. Blocks are freed by `mi_free`,
// whichever entry gave them.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi_malloc(layout.size()).cast()
        } else {
            mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi_zalloc(layout.size()).cast()
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr.cast::<c_void>());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi_realloc(ptr.cast::<c_void>(), new_size).cast()
        } else {
            mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size up to a few pages and of the alignments types ask for come back
    /// aligned as asked, keep their bytes through a reallocation, and zeroed ones are zero.
    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes() {
        let a = MiMalloc;
        for align in [1, 2, 4, 8, 16, 32, 64] {
            for size in (1..300).chain([1023, 1024, 1025, 4096, 70_000]) {
                let layout = Layout::from_size_align(size, align).expect("a layout");
                // SAFETY: the layout is of non-zero size; each block is written within its
                // size, reallocated with its layout and freed once
                unsafe {
                    let zeroed = a.alloc_zeroed(layout);
                    assert_eq!(zeroed as usize % align, 0, "{size} {align}");
                    assert!((0..size).all(|i| *zeroed.add(i) == 0), "{size} {align}");
                    a.dealloc(zeroed, layout);
                    let p = a.alloc(layout);
                    assert_eq!(p as usize % align, 0, "{size} {align}");
                    for i in 0..size {
                        *p.add(i) = i as u8;
                    }
                    let q = a.realloc(p, layout, 2 * size + 5);
                    assert_eq!(q as usize % align, 0, "{size} {align}");
                    assert!((0..size).all(|i| *q.add(i) == i as u8), "{size} {align}");
                    let grown = Layout::from_size_align(2 * size + 5, align).expect("a layout");
                    a.dealloc(q, grown);
                }
            }
        }
    }
}
