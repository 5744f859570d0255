//! The `sach` command: a thin shell over the library (see `cli`).

mod cli;

/// See Cargo.toml: parsing HTML is allocation-bound.
#[global_allocator]
static ALLOCATOR: sach::allocator::MiMalloc = sach::allocator::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
