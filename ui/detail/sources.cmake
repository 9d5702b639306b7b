# The detail panel area (issue 4, "The detail panel").
target_sources(vzaps_ui PRIVATE
    detail/Avatar.cpp detail/Avatar.h
    detail/ChipLabel.cpp detail/ChipLabel.h
    detail/ConnectedView.cpp detail/ConnectedView.h
    detail/ConnectionView.cpp detail/ConnectionView.h
    detail/DetailPanel.cpp detail/DetailPanel.h
    detail/FlowLayout.cpp detail/FlowLayout.h
    detail/InstanceFieldsView.cpp detail/InstanceFieldsView.h
    detail/OtherFieldsView.cpp detail/OtherFieldsView.h
    detail/PairingView.cpp detail/PairingView.h
    detail/ReadOnlyField.h
    detail/ProfilePictureLoader.cpp detail/ProfilePictureLoader.h
    detail/TokenField.cpp detail/TokenField.h)
