//! The built-in configuration in Spanish.

use crate::domain::localised_text::Translations;

pub const SPANISH: Translations = Translations {
    language: "es",
    texts: &[
        ("General troubleshooting tips", "Consejos generales para solucionar problemas"),
        (
            "Common checks to try before opening a ticket.",
            "Comprobaciones habituales que conviene hacer antes de abrir un ticket.",
        ),
        ("Microsoft Intune ideas", "Ideas para Microsoft Intune"),
        (
            "Suggest an improvement or vote for ideas others have posted.",
            "Proponga una mejora o vote por las ideas que han publicado otras personas.",
        ),
        ("Microsoft Intune forum on TechNet", "Foro de Microsoft Intune en TechNet"),
        (
            "Search earlier answers or ask other admins and Microsoft experts.",
            "Busque entre las respuestas anteriores o pregunte a otros administradores y a \
             expertos de Microsoft.",
        ),
        ("Office 365 admin centre", "Centro de administración de Office 365"),
        (
            "Mobile device management",
            "Administración de dispositivos móviles",
        ),
        (
            "Sign in to the Office 365 admin centre with your Intune administrator account.",
            "Inicie sesión en el Centro de administración de Office 365 con su cuenta de \
             administrador de Intune.",
        ),
        ("Select the Admin tile.", "Seleccione el icono «Administrador (Admin)»."),
        (
            "In the left-hand menu, under Support, select Support to start a new request.",
            "En el menú de la izquierda, dentro de «Soporte técnico (Support)», seleccione \
             «Soporte técnico (Support)» para abrir una nueva solicitud.",
        ),
        (
            "Choose the category \"Mobile device management\". If it is not in the list, select \
             More at the bottom of the list.",
            "Elija la categoría «Administración de dispositivos móviles (Mobile device \
             management)». Si no aparece en la lista, seleccione «Más (More)» al final de la \
             lista.",
        ),
        (
            "Paste the ticket prepared here and send the request.",
            "Pegue el ticket preparado aquí y envíe la solicitud.",
        ),
        (
            "To follow up later, open Support and then Service requests in the same menu.",
            "Para hacer el seguimiento más adelante, abra «Soporte técnico (Support)» y después \
             «Solicitudes de servicio (Service requests)» en ese mismo menú.",
        ),
        (
            "Billing and product information",
            "Facturación e información de productos",
        ),
        (
            "Choose the category \"Billing and product information\". If it is not in the list, \
             select More at the bottom of the list.",
            "Elija la categoría «Facturación e información de productos (Billing and product \
             information)». Si no aparece en la lista, seleccione «Más (More)» al final de la \
             lista.",
        ),
        ("Premier support portal", "Portal de soporte técnico Premier"),
        (
            "Sign in to the Premier support portal with the account named in your Premier \
             agreement.",
            "Inicie sesión en el portal de soporte técnico Premier con la cuenta que figura en su \
             contrato Premier.",
        ),
        (
            "Start a new support request for Microsoft Intune.",
            "Abra una nueva solicitud de soporte técnico para Microsoft Intune.",
        ),
        (
            "Start a new request about billing, licensing or your account for Microsoft Intune.",
            "Abra una nueva solicitud sobre facturación, licencias o su cuenta de Microsoft \
             Intune.",
        ),
        (
            "\"Need help?\" in the Office 365 admin centre",
            "«¿Necesita ayuda? (Need help?)» en el Centro de administración de Office 365",
        ),
        (
            "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
             instead of a list of categories.",
            "Abra «Soporte técnico (Support)». Los inquilinos con menos de 100 licencias ven el \
             botón «¿Necesita ayuda? (Need help?)» en lugar de una lista de categorías.",
        ),
        (
            "Select \"Need help?\", paste the summary prepared here into the text box and select \
             Get help.",
            "Seleccione «¿Necesita ayuda? (Need help?)», pegue en el cuadro de texto el resumen \
             preparado aquí y seleccione «Obtener ayuda (Get help)».",
        ),
        (
            "Look through the suggested resources. If none of them solves the problem, ask to be \
             called back and keep the prepared ticket at hand for the call.",
            "Revise los recursos sugeridos. Si ninguno resuelve el problema, pida que le devuelvan \
             la llamada y tenga a mano el ticket preparado durante la llamada.",
        ),
        (
            "Your partner, or Configuration Manager and Endpoint Protection support",
            "Su partner o el soporte técnico de Configuration Manager y Endpoint Protection",
        ),
        (
            "Look in the Configuration Manager or Endpoint Protection documentation first; it \
             covers many common problems.",
            "Consulte primero la documentación de Configuration Manager o de Endpoint Protection; \
             en ella se tratan muchos problemas habituales.",
        ),
        (
            "Contact your Microsoft partner, or open an online or phone request with Configuration \
             Manager and Endpoint Protection support.",
            "Póngase en contacto con su partner de Microsoft o abra una solicitud en línea o por \
             teléfono con el soporte técnico de Configuration Manager y Endpoint Protection.",
        ),
        (
            "Use the ticket prepared here as the description of the problem.",
            "Use el ticket preparado aquí como descripción del problema.",
        ),
        ("Configuration Manager documentation", "Documentación de Configuration Manager"),
        (
            "Self-help for System Center Configuration Manager.",
            "Recursos de autoayuda para System Center Configuration Manager.",
        ),
        ("Endpoint Protection documentation", "Documentación de Endpoint Protection"),
        (
            "Self-help for System Center Endpoint Protection.",
            "Recursos de autoayuda para System Center Endpoint Protection.",
        ),
        ("Volume licensing support", "Soporte técnico de licencias por volumen"),
        (
            "For licences and product keys bought through volume licensing, use the Volume \
             Licensing Service Center.",
            "Para las licencias y claves de producto compradas mediante licencias por volumen, use \
             el Centro de servicios de licencias por volumen (Volume Licensing Service Center).",
        ),
        (
            "For billing questions about those licences, use billing and subscription management \
             support.",
            "Para preguntas de facturación sobre esas licencias, recurra al soporte técnico de \
             facturación y administración de suscripciones.",
        ),
        (
            "Volume Licensing Service Center",
            "Centro de servicios de licencias por volumen (Volume Licensing Service Center)",
        ),
        ("Licences and product keys.", "Licencias y claves de producto."),
        (
            "Billing and subscription management support",
            "Soporte técnico de facturación y administración de suscripciones",
        ),
        ("Billing questions.", "Preguntas sobre facturación."),
        ("Volume licensing", "Licencias por volumen"),
        (
            "General information about volume licensing.",
            "Información general sobre las licencias por volumen.",
        ),
        (
            "Search the ideas site for a suggestion like yours and vote for it.",
            "Busque en el sitio de ideas una sugerencia parecida a la suya y vote por ella.",
        ),
        (
            "If there is none, post your idea. A feature request is feedback, not a support \
             ticket.",
            "Si no la hay, publique su idea. Una solicitud de funcionalidad es un comentario sobre \
             el producto, no un ticket de soporte.",
        ),
        (
            "Under a Premier agreement, procedural questions such as \"how do I configure this \
             feature?\" are charged.",
            "Con un contrato Premier, las consultas de procedimiento, como «¿cómo configuro esta \
             funcionalidad?», se cobran.",
        ),
        (
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
             subscription: it is paid, or deducted from your existing licence or Premier \
             agreement.",
            "El soporte técnico de Configuration Manager y Endpoint Protection no está incluido en \
             la suscripción de Intune: es de pago o se descuenta de su licencia o su contrato \
             Premier vigentes.",
        ),
    ],
};
