from crm_desktop.services.customers import CustomerService
from tests.factories import ADMIN, make_resident


def test_customer_is_found_by_pinyin_initials_after_moving_in(db):
    customer_id, _ = make_resident(db, "张三", mobile="13812345678")
    service = CustomerService(db, ADMIN)
    assert service.search_ids("zs") == [customer_id]
    assert service.search_ids("zhangsan") == [customer_id]
    assert service.search_ids("3栋-2单元") == [customer_id]
    assert service.search_ids("2345") == [customer_id]
