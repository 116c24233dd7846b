"""投诉与服务: the complaints and service tab (tickets, call-backs, staff)."""
