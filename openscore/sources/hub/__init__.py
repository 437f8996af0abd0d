"""The Hugging Face Hub as a source of evidence: fetch (huggingface_hub, imported only here), cache, assess, compare."""
