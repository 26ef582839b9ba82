//! String and number formatting shared by the VM: pure functions over Rust values (see format/).
