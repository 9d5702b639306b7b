# target_sources(vzaps_ui PRIVATE ...) for the confirmation dialogs (issue 5): delete,
# cancel and resume subscription, disconnect session, and the type-to-confirm widget.
target_sources(vzaps_ui PRIVATE
    confirm/CancelSubscriptionDialog.cpp confirm/CancelSubscriptionDialog.h
    confirm/ConfirmParts.cpp confirm/ConfirmParts.h
    confirm/DeleteInstanceDialog.cpp confirm/DeleteInstanceDialog.h
    confirm/DisconnectSessionDialog.cpp confirm/DisconnectSessionDialog.h
    confirm/ResumeSubscriptionDialog.cpp confirm/ResumeSubscriptionDialog.h
    confirm/TypeToConfirm.cpp confirm/TypeToConfirm.h
    confirm/TypedConfirmationDialog.cpp confirm/TypedConfirmationDialog.h)
