"""Property CRM Desktop (物业客户关系管理)."""

__version__ = "0.1.0"
