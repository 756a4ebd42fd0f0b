//! The `dsx` binary: parse arguments, run, map the result to an exit code.

// The pipeline allocates many small strings (cells, labels, JSON); mimalloc serves them
// faster than the system allocator (and keeps what is freed, see `main`). Its v2
// line (the `v2` feature) touches about half the memory v3 does for the same work here
// (24 vs 42 MB peak RSS over the Markdown corpus), and fresh pages are what the kernel
// spends its time zeroing.
#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// mimalloc, asked for plain blocks where the layout allows. The `mimalloc` crate's
/// allocator calls the aligned entry points for every layout, and those test and dispatch
/// on the alignment before they reach the same free list; nearly every allocation here (a
/// `String`, a `Vec` of words) needs 8 bytes or less. Every mimalloc block is a whole
/// number of machine words from a word-aligned start (`_mi_wsize_from_size`), and
/// mimalloc's own aligned path takes the plain one for any alignment up to 16 that is not
/// above the size (`mi_malloc_is_naturally_aligned` in `alloc-aligned.c`), so `mi_malloc`
/// meets such a layout; any larger alignment goes to the aligned calls as before.
struct Allocator;

/// The alignment every plain mimalloc block has.
const PLAIN_ALIGN: usize = 8;

// SAFETY: each call hands mimalloc a layout it serves with the alignment asked for (see
// above), and frees and reallocates only blocks it returned.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            libmimalloc_sys::mi_malloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            libmimalloc_sys::mi_zalloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

/// `mi_option_purge_delay` in mimalloc v2's `enum mi_option_e` (mimalloc.h): how long freed
/// memory waits before it is returned to the OS, in ms; -1 never returns it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Freed memory stays with the process instead of going back to the OS 10 ms later. A
    // batch holds at most a window of files at once, so its peak is bounded either way; a
    // page handed back is faulted in and zeroed again by the next file, and handing back
    // part of a huge page splits it and interrupts every other thread's CPU to flush its
    // TLB. The end of a run alone handed back ~30 MB in ~25 calls. Set before any other
    // thread starts (the setter is not thread safe).
    // SAFETY: a plain store into mimalloc's option table, on the only thread there is.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    dsx::cli::main()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_has_the_alignment_its_layout_asks() {
        use std::alloc::{GlobalAlloc, Layout};
        for align in [1, 2, 4, 8, 16, 32, 4096] {
            for size in (1..=2048).chain([4095, 65536, 1 << 20]) {
                let layout = Layout::from_size_align(size, align).expect("layout");
                // SAFETY: a non-zero size; each block is checked, grown and freed once
                unsafe {
                    let p = GLOBAL.alloc(layout);
                    assert!(
                        !p.is_null() && (p as usize).is_multiple_of(align),
                        "{size} at {align}"
                    );
                    let q = GLOBAL.realloc(p, layout, size * 2);
                    assert!(
                        !q.is_null() && (q as usize).is_multiple_of(align),
                        "{size} at {align}"
                    );
                    GLOBAL.dealloc(q, Layout::from_size_align(size * 2, align).expect("layout"));
                    let z = GLOBAL.alloc_zeroed(layout);
                    assert!(
                        (z as usize).is_multiple_of(align) && *z == 0,
                        "{size} at {align}"
                    );
                    GLOBAL.dealloc(z, layout);
                }
            }
        }
    }

    #[test]
    fn the_purge_delay_option_is_the_one_mimalloc_documents() {
        // mimalloc's default purge delay is 10 ms: the index names that option
        // SAFETY: reads mimalloc's option table; set by no other test
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
            10
        );
    }
}
