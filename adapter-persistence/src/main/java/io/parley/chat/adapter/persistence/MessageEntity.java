package io.parley.chat.adapter.persistence;

import io.parley.chat.domain.message.MessageData;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code message} (API.md b.8). The id is the message's own UUID, assigned before it is stored. */
@Entity(name = "Message")
@Table(name = "message")
@DynamicUpdate
class MessageEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    long conversationId;

    @Column(name = "seq", nullable = false, updatable = false)
    long seq;

    @Column(name = "from_id", nullable = false, updatable = false)
    long fromId;

    @Column(name = "from_name", nullable = false, length = 100)
    String fromName;

    @Column(name = "from_avatar", nullable = false, length = 1000)
    String fromAvatar;

    @Column(name = "sender_uuid", nullable = false, length = 36)
    String senderUuid;

    @Column(name = "to_id", nullable = false, updatable = false)
    long toId;

    @Column(name = "to_name", nullable = false, length = 100)
    String toName;

    @Column(name = "to_avatar", nullable = false)
    String toAvatar;

    /** {@code single} or {@code group}. */
    @Column(name = "chat_type", nullable = false, length = 10)
    String chatType;

    @Column(name = "type", nullable = false, length = 50)
    String type;

    /** {@code text} (the client's text) or {@code json} (a notice's object). */
    @Column(name = "data_kind", nullable = false, length = 10)
    String dataKind;

    @Column(name = "data", nullable = false)
    String data;

    @Column(name = "options")
    String options;

    @Column(name = "client_msg_id", length = 64, updatable = false)
    String clientMsgId;

    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "create_time", nullable = false, updatable = false)
    Instant createTime;

    @Column(name = "isremove", nullable = false)
    short isremove;

    MessageEntity() {
    }

    /** #37: marked recalled, its content and extras dropped; the row stays for history and for its seq. */
    void markRecalled() {
        isremove = 1;
        dataKind = MessageData.REMOVED.kind().name().toLowerCase(Locale.ROOT);
        data = MessageData.REMOVED.value();
        options = null;
    }
}
