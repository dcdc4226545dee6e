"""Publishing: the built site made byte-for-byte reproducible, ready for any static host."""
