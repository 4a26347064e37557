"""salesapp: a desktop sales follow-up CRM for small online shops in Thailand and Vietnam."""

__version__ = "0.1.0"
