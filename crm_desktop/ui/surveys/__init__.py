"""满意度测评: campaigns and questionnaires, fast paper entry, results with the §4.1 metrics."""
