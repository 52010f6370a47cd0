/// Who to ask about a document. Every field is optional: a group fills in what it has.
public struct Contact: Hashable, Sendable {
    public var name: String?
    public var phone: String?
    public var email: String?
    public var address: String?
    public var website: String?

    public init(
        name: String? = nil, phone: String? = nil, email: String? = nil,
        address: String? = nil, website: String? = nil
    ) {
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
        self.website = website
    }

    public var isEmpty: Bool { [name, phone, email, address, website].allSatisfy { $0 == nil } }

    /// The filled-in fields, labelled, in the order people read a contact card.
    public var labelledFields: [(label: String, value: String)] {
        var fields: [(String, String)] = []
        if let name { fields.append((Wording.ContactLabel.name, name)) }
        if let phone { fields.append((Wording.ContactLabel.phone, phone)) }
        if let email { fields.append((Wording.ContactLabel.email, email)) }
        if let address { fields.append((Wording.ContactLabel.address, address)) }
        if let website { fields.append((Wording.ContactLabel.website, website)) }
        return fields
    }
}
