# target_sources(vzaps_ui PRIVATE ...) for Billing ▸ Subscribe / Open checkout / Copy checkout link (issue 5)
target_sources(vzaps_ui PRIVATE
    billing/CheckoutFlow.cpp billing/CheckoutFlow.h
    billing/CheckoutLinks.h
    billing/CheckoutWaitPanel.cpp billing/CheckoutWaitPanel.h
    billing/SubscribeDialog.cpp billing/SubscribeDialog.h)
